"""Use cases: what a user does in one step, each one transaction the core owns.

The window and the command line call the same operation (Anki's
``aqt/operations`` is the model); a dialog collects values and asks, it never
composes writes itself. Each operation takes the store first, so the window's
writer can run it as ``writer.submit(op, …)``.
"""
