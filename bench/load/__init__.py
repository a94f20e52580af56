"""`make load`: simulated chatters and workers against real servers (see __main__)."""
