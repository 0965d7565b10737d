"""Panel meetings: scheduling and attendance, the agenda, meeting mode, actions, minutes and the
seal that keeps a closed meeting closed."""
