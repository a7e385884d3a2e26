None > 0
