"""The information governance officer's views: the panel's audit across every device."""
