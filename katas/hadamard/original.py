"""Hadamard product: multiply two matrices entry by entry (NumPy's `a * b`), in plain Python.

NumPy is not needed to see what it does. Its error messages are reproduced exactly, so the
TypeScript port can be checked against this transcript line by line.
"""


def shape_text(shape):
    # NumPy writes shapes without spaces in its messages: (2,3), (3,), (). A Python tuple's
    # repr has a space after each comma: (2, 3).
    inner = ",".join(str(n) for n in shape)
    return f"({inner},)" if len(shape) == 1 else f"({inner})"


def broadcast_error(*shapes):
    # NumPy puts a space after every shape, so the message ends with a space.
    listed = "".join(shape_text(shape) + " " for shape in shapes)
    return ValueError("operands could not be broadcast together with shapes " + listed)


def shape_of(rows):
    """(rows, columns) of a list of rows; [] counts as 0x0. Ragged rows are refused as NumPy does."""
    if not rows:
        return (0, 0)
    if any(len(row) != len(rows[0]) for row in rows):
        raise ValueError(
            "setting an array element with a sequence. The requested array has an "
            f"inhomogeneous shape after 1 dimensions. The detected shape was ({len(rows)},) "
            "+ inhomogeneous part."
        )
    return (len(rows), len(rows[0]))


def hadamard(a, b):
    """The seed's definition: C[i][j] = A[i][j] * B[i][j], for two matrices of the same shape."""
    if shape_of(a) != shape_of(b):
        raise broadcast_error(shape_of(a), shape_of(b))
    return [[x * y for x, y in zip(row_a, row_b)] for row_a, row_b in zip(a, b)]


class Matrix:
    """A float64 matrix stored flat, row after row, like a NumPy array of shape (rows, cols)."""

    def __init__(self, rows, cols, data):
        if len(data) != rows * cols:
            raise ValueError(
                f"cannot reshape array of size {len(data)} into shape {shape_text((rows, cols))}"
            )
        self.rows, self.cols = rows, cols
        self.data = [float(x) for x in data]

    @classmethod
    def from_rows(cls, rows):
        n_rows, n_cols = shape_of(rows)
        return cls(n_rows, n_cols, [x for row in rows for x in row])

    @property
    def shape(self):
        return (self.rows, self.cols)

    def get(self, i, j):
        return self.data[i * self.cols + j]

    def hadamard(self, other):
        if self.shape != other.shape:
            raise broadcast_error(self.shape, other.shape)
        return Matrix(self.rows, self.cols, [x * y for x, y in zip(self.data, other.data)])

    def to_rows(self):
        return [self.data[i * self.cols : (i + 1) * self.cols] for i in range(self.rows)]


def broadcast_shapes(a, b):
    """NumPy's rule: align the shapes on the right; each pair of sizes is equal or has a 1."""
    n = max(len(a), len(b))
    padded_a = (1,) * (n - len(a)) + tuple(a)
    padded_b = (1,) * (n - len(b)) + tuple(b)
    result = []
    for x, y in zip(padded_a, padded_b):
        if x != y and x != 1 and y != 1:
            raise broadcast_error(a, b)
        result.append(y if x == 1 else x)
    return tuple(result)


def multiply(a, b):
    """NumPy's a * b for matrices and plain numbers: a number is a 0-d array, shape ()."""
    if not isinstance(a, Matrix) and not isinstance(b, Matrix):
        raise TypeError("multiply needs a Matrix on at least one side")
    shape_a = a.shape if isinstance(a, Matrix) else ()
    shape_b = b.shape if isinstance(b, Matrix) else ()
    rows, cols = broadcast_shapes(shape_a, shape_b)

    def entry(m, i, j):
        if not isinstance(m, Matrix):
            return float(m)
        return m.get(i if m.rows > 1 else 0, j if m.cols > 1 else 0)

    data = [entry(a, i, j) * entry(b, i, j) for i in range(rows) for j in range(cols)]
    return Matrix(rows, cols, data)


def refused(action):
    try:
        action()
    except ValueError as error:
        # repr shows the trailing space of NumPy's message.
        return f"ValueError: {str(error)!r}"
    return "no error"


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
print(hadamard(a, b))
product = hadamard(a, [[1, 1, 1], [1, 1, 1]])
print(product == a, product is a, hadamard(a, a) == a)
print(refused(lambda: hadamard(a, [[1, 2], [3, 4], [5, 6]])))
print(refused(lambda: shape_of([[1, 2], [3]])))
print(hadamard([], []))

m = Matrix.from_rows(a)
print(m.data)
print(m.hadamard(Matrix.from_rows(b)).to_rows())
print(refused(lambda: Matrix(2, 3, [1, 2, 3, 4, 5])))
print(Matrix.from_rows([[2**53 + 1]]).to_rows())

print(multiply(m, 0.5).to_rows())
print(multiply(m, Matrix.from_rows([[10, 100, 1000]])).to_rows())
print(multiply(Matrix.from_rows([[1], [-1]]), m).to_rows())
print(multiply(Matrix.from_rows([[0.1, 0.2, 0.3]]), 3).to_rows())
print(broadcast_shapes((2, 3), (1, 3)), broadcast_shapes((3,), (4, 1)), broadcast_shapes((), (2,)))
print(refused(lambda: broadcast_shapes((2, 3), (2,))))
print(refused(lambda: multiply(m, Matrix.from_rows([[1, 2], [3, 4]]))))

# An LSTM's forget gate: a gate of values in [0, 1] keeps or drops each memory cell.
memory = Matrix.from_rows([[0.8, -1.5, 2.0, 0.25]])
forget = Matrix.from_rows([[1.0, 0.0, 0.5, 1.0]])
print(forget.hadamard(memory).to_rows())
