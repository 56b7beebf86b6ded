"""My QR card: the editor, the full-screen presenter, printed sheets."""
