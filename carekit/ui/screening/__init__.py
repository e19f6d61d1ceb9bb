"""Health screening pages: the station, the overview, the referral queue."""
