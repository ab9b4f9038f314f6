"""The shared core: the driver and its errors, the model (the allow-list for all Cypher), records, migrations, bulk loading."""
