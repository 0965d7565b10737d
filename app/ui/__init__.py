"""Qt desktop: windows, dialogs, item models. The only layer that imports Qt."""
