"""Panel meetings on the desktop: the meetings list, the meeting page with its agenda and meeting
mode for each case, and the action tracker."""
