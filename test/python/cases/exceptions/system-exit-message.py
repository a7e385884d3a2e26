import sys
sys.exit("fatal: no registry")
