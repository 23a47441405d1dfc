#!/usr/bin/python3
"""Writes the surface fixtures of SurfaceReaderTest exactly as the tools write them (issue 10).

Run once from this folder:  /usr/bin/python3 make_fixtures.py  (Debian python3-h5py 3.7, python3-numpy 1.24;
the tests do not need Python).

The loss is  L(x, y) = 1 + x*x + 0.5*y + 0.25*x*y  and the accuracy  A(x, y) = 0.5 - 0.125*x*y,
evaluated in float64 with exactly these operations so the Java tests can recompute every value bit for
bit from the file's own coordinates.

loss-landscape (Li et al., plot_surface.py / scheduler.py): the arrays are created as
-np.ones((len(x), len(y))) and filled through losses.ravel()[k] at the k-th point of
np.meshgrid(x, y), i.e. flat[j*nx + i] = L(x_i, y_j) although the declared shape is (nx, ny).
"""
import numpy as np
import h5py


def loss(x, y):
    return 1 + x * x + 0.5 * y + 0.25 * x * y


def acc(x, y):
    return 0.5 - 0.125 * x * y


def meshgrid_fill(xs, ys, fn, undefined=()):
    """As loss-landscape's crunch(): -1 everywhere, then each computed point through ravel()."""
    values = -np.ones(shape=(len(xs), len(ys)))
    xm, ym = np.meshgrid(xs, ys)
    for k in range(values.size):
        if k in undefined:
            continue
        values.ravel()[k] = fn(xm.ravel()[k], ym.ravel()[k])
    return values


X = np.linspace(-1, 1, 5)          # nx = 5
Y = np.linspace(-0.5, 1.0, 4)      # ny = 4: non-square, so reading by declared shape transposes
UNDEFINED = (2 * 5 + 3,)           # (i=3, j=2) left at -1: not computed yet

with h5py.File('landscape.h5', 'w') as f:
    f['xcoordinates'] = X
    f['ycoordinates'] = Y
    f['train_loss'] = meshgrid_fill(X, Y, loss, UNDEFINED)
    f['train_acc'] = meshgrid_fill(X, Y, acc)
    # gzip-chunked, as h5py writes with compression='gzip'
    f.create_dataset('test_loss', data=meshgrid_fill(X, Y, loss), compression='gzip', chunks=(2, 2))
    # float32 variant
    f.create_dataset('test_acc', data=meshgrid_fill(X, Y, acc).astype(np.float32))

# loss-landscape's projected trajectory (project_trajectory in plot_trajectory.py)
with h5py.File('projection.h5', 'w') as f:
    f['proj_xcoord'] = np.array([-0.75, -0.5, -0.125, 0.0, 0.0625])
    f['proj_ycoord'] = np.array([0.5, 0.25, 0.125, -0.25, 0.0])

# Landscaper: loss[i, j] at (c0[i], c1[j]); coordinates (2, n)
n = 4
C = np.array([np.linspace(-2, 2, n), np.linspace(0, 3, n)])
L = np.empty((n, n))
for i in range(n):
    for j in range(n):
        L[i, j] = loss(C[0][i], C[1][j])
np.savez('landscaper.npz', loss=L, coordinates=C)

# bare .npy: Z[j, i] = L(x_i, y_j) on the default extent -1..1, non-square (ny = 3, nx = 4)
XN = np.linspace(-1, 1, 4)
YN = np.linspace(-1, 1, 3)
Z = np.empty((3, 4))
for j in range(3):
    for i in range(4):
        Z[j, i] = loss(XN[i], YN[j])
np.save('surface.npy', Z)
np.save('surface_3d.npy', np.zeros((2, 2, 2)))

# bad files
with h5py.File('missing_key.h5', 'w') as f:
    f['xcoordinates'] = X
    f['ycoordinates'] = Y
    f['test_loss'] = meshgrid_fill(X, Y, loss)
    f['min_eig'] = meshgrid_fill(X, Y, acc)
with h5py.File('one_d.h5', 'w') as f:          # loss-landscape's 1-D plot: no ycoordinates
    f['xcoordinates'] = X
    f['train_loss'] = np.array([loss(x, 0.0) for x in X])
with h5py.File('uneven.h5', 'w') as f:
    f['xcoordinates'] = np.array([-1.0, -0.5, 0.1, 0.5, 1.0])
    f['ycoordinates'] = Y
    f['train_loss'] = meshgrid_fill(X, Y, loss)
with h5py.File('nonfinite.h5', 'w') as f:
    f['xcoordinates'] = np.array([-1.0, -0.5, np.nan, 0.5, 1.0])
    f['ycoordinates'] = Y
    f['train_loss'] = meshgrid_fill(X, Y, loss)
with h5py.File('mismatch.h5', 'w') as f:       # 5 x-coordinates, array declared (4, 4)
    f['xcoordinates'] = X
    f['ycoordinates'] = Y
    f['train_loss'] = -np.ones((4, 4))
with h5py.File('all_undefined.h5', 'w') as f:
    f['xcoordinates'] = X
    f['ycoordinates'] = Y
    f['train_loss'] = -np.ones((5, 4))
with open('landscape.h5', 'rb') as src, open('truncated.h5', 'wb') as dst:
    dst.write(src.read()[:1500])
with open('not_hdf5.h5', 'w') as f:
    f.write('xcoordinates,ycoordinates\n1,2\n')

# a recorded path as CSV: x,y,step,loss
with open('path.csv', 'w') as f:
    f.write('x,y,step,loss\n-0.75,0.5,0,2.0\n-0.5,0.25,10,1.5\n0.0,-0.25,20,1.25\n')
