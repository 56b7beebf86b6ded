"""What runs the app: shared services, the one writer, tasks, settings, one app per database."""
