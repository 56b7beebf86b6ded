"""Contact formats: parse functions that take text and return plain values."""
