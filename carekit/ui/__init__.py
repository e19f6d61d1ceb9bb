"""Qt Widgets front end. Talks to services only; never to SQL."""
