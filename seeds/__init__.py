"""Demo and synthetic community data, loaded through graph/."""
