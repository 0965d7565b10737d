"""The built-in demo panel: five agencies, their devices and cases, and the headless outputs the
demo writes for each role. Not needed to run Concord for real; kept in the package so that
`python -m app --demo` works from an installed copy too."""
