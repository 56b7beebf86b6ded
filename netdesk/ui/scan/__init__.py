"""The Scan page: files, clipboard and the camera."""
