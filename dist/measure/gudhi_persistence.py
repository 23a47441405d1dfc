"""Whole-process reference for `superlevel persistence --grid 2048`: the same function on the same
2048x2048 grid (x, y = linspace(-5, 5, 2048)), super-level persistence as GUDHI 3.7.1's cubical complex
with the samples as top-dimensional cells, of -L (its sub-levels are the super-levels of L). Cells meet
across edges and corners, so it is the same computation with a slightly different neighbourhood rule.
Run with Debian's python3-gudhi: /usr/bin/python3 gudhi_persistence.py"""
import numpy as np
import gudhi

n = 2048
x = np.linspace(-5, 5, n)
X, Y = np.meshgrid(x, x)
L = np.sin(3 * X) * np.cos(2 * Y) + 0.1 * X ** 2
cc = gudhi.CubicalComplex(top_dimensional_cells=-L)
pairs = cc.persistence(homology_coeff_field=2, min_persistence=0)
print(sum(1 for d, _ in pairs if d == 0), "components' pairs")
