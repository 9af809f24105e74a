"""Calls the library that `gradc build --lib` makes from rosenbrock.grad, with NumPy arrays:
     gradc build --lib Examples/lib/rosenbrock.grad -o librosenbrock.so
     python3 use_from_python.py ./librosenbrock.so
The C ABI (rosenbrock.h): inputs as pointers, then one int64 per size name, then output buffers."""
import ctypes
import sys

import numpy as np

lib = ctypes.CDLL(sys.argv[1] if len(sys.argv) > 1 else "./librosenbrock.so")
f64p = np.ctypeslib.ndpointer(dtype=np.float64, flags="C_CONTIGUOUS")
lib.gradc_rosenbrock.argtypes = [f64p, ctypes.c_int64, f64p]
lib.gradc_drosenbrock.argtypes = [f64p, ctypes.c_int64, f64p]
lib.gradc_last_error.restype = ctypes.c_char_p

x = np.array([-1.2, 1.0, 0.5])
value, grad = np.zeros(1), np.zeros_like(x)
if lib.gradc_rosenbrock(x, len(x), value) or lib.gradc_drosenbrock(x, len(x), grad):
    sys.exit("error: " + lib.gradc_last_error().decode())
print("value %.6f gradient %s" % (value[0], np.array2string(grad, precision=6)))
