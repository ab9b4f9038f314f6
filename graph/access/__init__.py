"""Who is asking and what they may see: the viewer, the per-role scope rules, the audit log of sensitive reads."""
