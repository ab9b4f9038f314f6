"""The one step pipeline every workflow mutation runs through, and the state machine its domains fill with tables."""
