# simulator-only: CPython here may have numpy installed; the simulator never does.
import numpy as np
