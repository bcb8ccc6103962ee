"""Sample plugins the tests register through kg's real extension points."""
