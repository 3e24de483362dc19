"""The Qt user interface. Only this package imports Qt; it displays and edits through the core."""
