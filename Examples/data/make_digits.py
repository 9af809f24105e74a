# Writes the UCI handwritten digits (1,797 8x8 images, as shipped in scikit-learn) as .npy:
#   digits_x.npy  f32[1797, 64]  pixel intensities scaled to [0, 1]
#   digits_y.npy  i32[1797]      labels 0..9
# The rows are shuffled once with a fixed seed so that any prefix is a fair train split.
# Run: python3 make_digits.py   (needs numpy and scikit-learn)
import numpy as np
from sklearn.datasets import load_digits

d = load_digits()
order = np.random.default_rng(0).permutation(len(d.target))
np.save("digits_x.npy", (d.data[order] / 16.0).astype(np.float32))
np.save("digits_y.npy", d.target[order].astype(np.int32))
