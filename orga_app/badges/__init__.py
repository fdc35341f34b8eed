"""Badge printing at the door (issue 12): layouts, rendering, printing, the print log."""
