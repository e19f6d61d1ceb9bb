"""Tables, enums and value rules. Imports nothing else of CareKit, so every rule is testable alone."""
