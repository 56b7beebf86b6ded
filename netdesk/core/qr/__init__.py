"""The QR card: profiles, the payload, the image, decoding scanned codes, and printed sheets."""
