"""Papers drawn with QPainter: the pre-event brief and the monthly report, as PDF or images."""
