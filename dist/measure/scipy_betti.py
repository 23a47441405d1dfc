"""Whole-process reference for `superlevel betti --grid 2048 --levels A,B,200`: the same function on the
same grid, and scipy.ndimage.label of {L >= lambda} at 200 evenly spaced levels (4-connectivity, the
default structure), printing lambda,components like the CLI. Run: /usr/bin/python3 scipy_betti.py"""
import numpy as np
from scipy import ndimage

n = 2048
x = np.linspace(-5, 5, n)
X, Y = np.meshgrid(x, x)
L = np.sin(3 * X) * np.cos(2 * Y) + 0.1 * X ** 2
for lam in np.linspace(-1, 3, 200):
    print(f"{lam},{ndimage.label(L >= lam)[1]}")
