import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BroadcastError,
  broadcastShapes,
  demo,
  hadamard,
  Matrix,
  multiply,
  type Rows,
  type Shape,
  ShapeError,
  shapeOf,
} from "#kata/hadamard";

/** What NumPy says for two shapes that do not fit, written out by hand. */
const numpySays = (shapes: string) =>
  `operands could not be broadcast together with shapes ${shapes}`;

/** The error an action throws, or undefined. */
function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Integer entries keep every product and sum exact, so laws can use exact equality. */
const entry = fc.integer({ min: -1_000, max: 1_000 });
const size = fc.integer({ min: 1, max: 4 });

function rowsOf(
  m: number,
  n: number,
  value: fc.Arbitrary<number> = entry,
): fc.Arbitrary<number[][]> {
  return fc.array(fc.array(value, { minLength: n, maxLength: n }), { minLength: m, maxLength: m });
}

/** Several matrices of one random shape (at least one row, possibly no columns). */
function sameShape(count: number): fc.Arbitrary<number[][][]> {
  return fc
    .tuple(size, fc.integer({ min: 0, max: 4 }))
    .chain(([m, n]) => fc.array(rowsOf(m, n), { minLength: count, maxLength: count }));
}

/** -0 and 0 are the same number to Python's == and to NumPy, but not to toEqual (Object.is). */
const unsigned = (rows: Rows): number[][] => rows.map((row) => row.map((x) => x + 0));

const add = (a: Rows, b: Rows): number[][] =>
  a.map((row, i) => row.map((x, j) => x + (b[i]?.[j] ?? Number.NaN)));

describe("nested", () => {
  it("multiplies entry by entry", () => {
    expect(
      hadamard(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [5, 6],
          [7, 8],
        ],
      ),
    ).toEqual([
      [5, 12],
      [21, 32],
    ]);
    expect(hadamard([[1, 2, 3]], [[-1, 0.5, 2]])).toEqual([[-1, 1, 6]]);
  });

  it("gives the shape of nested rows, [] being 0×0", () => {
    expect(
      shapeOf([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([2, 3]);
    expect(shapeOf([[7]])).toEqual([1, 1]);
    expect(shapeOf([[], []])).toEqual([2, 0]);
    expect(shapeOf([])).toEqual([0, 0]);
    expect(hadamard([], [])).toEqual([]);
    expect(hadamard([[]], [[]])).toEqual([[]]);
  });

  it("refuses ragged rows with NumPy's message", () => {
    const ragged = [[1, 2], [3]];
    const error = thrown(() => shapeOf(ragged));
    expect(error).toBeInstanceOf(ShapeError);
    expect(error).not.toBeInstanceOf(BroadcastError);
    expect((error as Error).name).toBe("ShapeError");
    expect((error as Error).message).toBe(
      "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.",
    );
    expect(() => shapeOf([[1], [2], [3, 4]])).toThrow(
      "The detected shape was (3,) + inhomogeneous part.",
    );
    expect(() => hadamard(ragged, ragged)).toThrow(ShapeError);
    expect(() => hadamard([[1, 2]], ragged)).toThrow(ShapeError);
  });

  it("throws a BroadcastError (an Error subclass, not a ValueError) carrying both shapes and NumPy's exact message", () => {
    // Python/NumPy: `except ValueError as e: str(e)`. TypeScript: a class of our own, with data.
    const error = thrown(() =>
      hadamard(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      ),
    );
    expect(error).toBeInstanceOf(BroadcastError);
    expect(error).toBeInstanceOf(ShapeError);
    expect(error).toBeInstanceOf(Error);
    const broadcast = error as BroadcastError;
    expect(broadcast.name).toBe("BroadcastError");
    expect(broadcast.shapes).toEqual([
      [2, 3],
      [3, 2],
    ]);
    // NumPy writes no space inside a shape and one after each shape: the message ends with " ".
    expect(broadcast.message).toBe(numpySays("(2,3) (3,2) "));
  });

  it("builds NumPy's message for shapes of any length", () => {
    expect(new BroadcastError([[2, 3], [2]]).message).toBe(numpySays("(2,3) (2,) "));
    expect(new BroadcastError([[], [4, 1, 5]]).message).toBe(numpySays("() (4,1,5) "));
    expect(new BroadcastError([[0], [2]]).shapes).toEqual([[0], [2]]);
  });

  it("is the strict product: a 1×3 row is not stretched to 2×3 (that is step 3's multiply)", () => {
    expect(() => hadamard([[1, 2, 3]], [[1, 2, 3]])).not.toThrow();
    expect(() =>
      hadamard(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [[1, 2, 3]],
      ),
    ).toThrow(numpySays("(2,3) (1,3) "));
    expect(() => hadamard([], [[]])).toThrow(numpySays("(0,0) (1,0) "));
    expect(() => hadamard([[1, 2]], [[1], [2]])).toThrow(numpySays("(1,2) (2,1) "));
  });

  it("returns new arrays: toEqual compares values like Python's ==, toBe compares references", () => {
    const a = [
      [1, 2],
      [3, 4],
    ];
    const ones = [
      [1, 1],
      [1, 1],
    ];
    const product = hadamard(a, ones);
    expect(product).toEqual(a);
    expect(product).not.toBe(a);
    expect(product[0]).not.toBe(a[0]);
    expect(a).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(ones).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it("computes in float64, where a Python int would be exact", () => {
    // Python: [[2**53 + 1]] times [[3]] is [[27021597764222979]], an exact int.
    // JS has no integers: 2 ** 53 + 1 is already 2 ** 53, and the product rounds.
    expect(2 ** 53 + 1).toBe(2 ** 53);
    expect(hadamard([[2 ** 53 + 1]], [[3]])).toEqual([[27021597764222976]]);
    // Python's int 0 * -1 is 0; a float product keeps the sign: -0 (toBe uses Object.is).
    expect(hadamard([[0]], [[-1]])[0]?.[0]).toBe(-0);
    expect(hadamard([[Number.POSITIVE_INFINITY]], [[0]])).toEqual([[Number.NaN]]);
  });

  it("law: the product is commutative", () => {
    fc.assert(
      fc.property(sameShape(2), ([a = [], b = []]) => {
        expect(hadamard(a, b), "a ∘ b against b ∘ a").toEqual(hadamard(b, a));
      }),
    );
  });

  it("law: the product is associative (exactly, for integer entries)", () => {
    fc.assert(
      fc.property(sameShape(3), ([a = [], b = [], c = []]) => {
        expect(hadamard(hadamard(a, b), c), "(a ∘ b) ∘ c against a ∘ (b ∘ c)").toEqual(
          hadamard(a, hadamard(b, c)),
        );
      }),
    );
  });

  it("law: a matrix of ones is the identity", () => {
    fc.assert(
      fc.property(sameShape(1), ([a = []]) => {
        const ones = a.map((row) => row.map(() => 1));
        expect(hadamard(a, ones), "a ∘ ones").toEqual(a);
        expect(hadamard(ones, a), "ones ∘ a").toEqual(a);
      }),
    );
  });

  it("law: the product distributes over addition", () => {
    fc.assert(
      fc.property(sameShape(3), ([a = [], b = [], c = []]) => {
        expect(unsigned(hadamard(a, add(b, c))), "a ∘ (b + c) against a ∘ b + a ∘ c").toEqual(
          unsigned(add(hadamard(a, b), hadamard(a, c))),
        );
      }),
    );
  });

  it("law: each entry of the product is the product of the entries", () => {
    fc.assert(
      fc.property(sameShape(2), ([a = [], b = []]) => {
        const product = hadamard(a, b);
        expect(shapeOf(product), "shape of the product").toEqual(shapeOf(a));
        product.forEach((row, i) => {
          row.forEach((x, j) => {
            expect(x, `entry (${i}, ${j})`).toBe((a[i]?.[j] ?? 0) * (b[i]?.[j] ?? 0));
          });
        });
      }),
    );
  });

  it("law: matrices of different shapes are refused, naming both shapes", () => {
    const shape = fc.tuple(size, fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(shape, shape, ([m, n], [p, q]) => {
        fc.pre(m !== p || n !== q);
        const a = Array.from({ length: m }, () => Array<number>(n).fill(1));
        const b = Array.from({ length: p }, () => Array<number>(q).fill(1));
        const error = thrown(() => hadamard(a, b));
        expect(error, "the error").toBeInstanceOf(BroadcastError);
        expect((error as BroadcastError).message, "the message").toBe(
          numpySays(`(${m},${n}) (${p},${q}) `),
        );
      }),
    );
  });
});

describe("matrix", () => {
  const a = () => new Matrix(2, 3, [1, 2, 3, 4, 5, 6]);

  it("stores its entries flat, row after row, in a fixed-size Float64Array (a list can grow; this cannot)", () => {
    const m = a();
    expect(m.rows).toBe(2);
    expect(m.cols).toBe(3);
    expect(m.shape).toEqual([2, 3]);
    expect(m.data).toBeInstanceOf(Float64Array);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    // Writing past the end of a typed array is ignored: no append, no growth, no error.
    m.data[6] = 7;
    expect(m.data.length).toBe(6);
    expect(m.data[6]).toBeUndefined();
  });

  it("copies the numbers it is given", () => {
    const source = [1, 2, 3, 4];
    const m = new Matrix(2, 2, source);
    source[0] = 99;
    expect(m.get(0, 0)).toBe(1);
    const typed = Float64Array.of(5, 6);
    const n = new Matrix(1, 2, typed);
    typed[1] = 0;
    expect(n.get(0, 1)).toBe(6);
    expect(n.data).not.toBe(typed);
  });

  it("refuses data of the wrong size with NumPy's reshape message", () => {
    const error = thrown(() => new Matrix(2, 3, [1, 2, 3, 4, 5]));
    expect(error).toBeInstanceOf(ShapeError);
    expect(error).not.toBeInstanceOf(BroadcastError);
    expect((error as Error).message).toBe("cannot reshape array of size 5 into shape (2,3)");
    expect(() => new Matrix(1, 1, [1, 2])).toThrow(
      "cannot reshape array of size 2 into shape (1,1)",
    );
    expect(() => new Matrix(0, 4, [])).not.toThrow();
  });

  it("reads entry (i, j) at data[i * cols + j], and counts negative indices from the end", () => {
    const m = a();
    expect(m.get(0, 0)).toBe(1);
    expect(m.get(0, 2)).toBe(3);
    expect(m.get(1, 0)).toBe(4);
    expect(m.get(1, 2)).toBe(6);
    expect(m.get(-1, -1)).toBe(6);
    expect(m.get(-2, 1)).toBe(2);
    expect(m.get(0, -3)).toBe(1);
  });

  it("refuses an index out of bounds, even one the flat array could answer", () => {
    const m = a();
    // data[0 * 3 + 3] exists (it is entry (1, 0)), but (0, 3) is not in the matrix.
    expect(() => m.get(0, 3)).toThrow(RangeError);
    expect(() => m.get(0, 3)).toThrow("index 3 is out of bounds for axis 1 with size 3");
    expect(() => m.get(2, 0)).toThrow("index 2 is out of bounds for axis 0 with size 2");
    expect(() => m.get(-3, 0)).toThrow("index -3 is out of bounds for axis 0 with size 2");
    expect(() => m.get(0, -4)).toThrow("index -4 is out of bounds for axis 1 with size 3");
    expect(() => m.get(0.5, 0)).toThrow(RangeError);
    expect(() => m.get(0, Number.NaN)).toThrow(RangeError);
  });

  it("builds from nested rows and gives them back as plain arrays", () => {
    const rows = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const m = Matrix.from(rows);
    expect(m.shape).toEqual([2, 3]);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    const back = m.toRows();
    expect(back).toEqual(rows);
    expect(Array.isArray(back[0])).toBe(true);
    // The rows are copies: writing to them leaves the matrix alone.
    (back[0] as number[])[0] = 99;
    expect(m.get(0, 0)).toBe(1);
    expect(Matrix.from([]).shape).toEqual([0, 0]);
    expect(Matrix.from([[], []]).toRows()).toEqual([[], []]);
    expect(() => Matrix.from([[1, 2], [3]])).toThrow("inhomogeneous shape after 1 dimensions");
  });

  it("multiplies two matrices of one shape into a new matrix", () => {
    const m = a();
    const n = new Matrix(2, 3, [7, 8, 9, 10, 11, 12]);
    const product = m.hadamard(n);
    expect(product).toBeInstanceOf(Matrix);
    expect(product.shape).toEqual([2, 3]);
    expect(product.toRows()).toEqual([
      [7, 16, 27],
      [40, 55, 72],
    ]);
    expect(product).not.toBe(m);
    expect(product.data).not.toBe(m.data);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(n.data)).toEqual([7, 8, 9, 10, 11, 12]);
  });

  it("refuses two shapes that differ, with a BroadcastError naming both", () => {
    const error = thrown(() => a().hadamard(new Matrix(3, 2, [1, 2, 3, 4, 5, 6])));
    expect(error).toBeInstanceOf(BroadcastError);
    expect((error as BroadcastError).shapes).toEqual([
      [2, 3],
      [3, 2],
    ]);
    expect((error as Error).message).toBe(numpySays("(2,3) (3,2) "));
    expect(() => a().hadamard(new Matrix(1, 3, [1, 2, 3]))).toThrow(numpySays("(2,3) (1,3) "));
    expect(() => a().hadamard(new Matrix(2, 2, [1, 2, 3, 4]))).toThrow(numpySays("(2,3) (2,2) "));
  });

  it("law: Matrix.hadamard agrees with the nested hadamard", () => {
    fc.assert(
      fc.property(sameShape(2), ([a = [], b = []]) => {
        expect(Matrix.from(a).hadamard(Matrix.from(b)).toRows(), "rows of the product").toEqual(
          hadamard(a, b),
        );
      }),
    );
  });

  it("law: Matrix.from and toRows are inverses, and get(i, j) is data[i * cols + j]", () => {
    fc.assert(
      fc.property(sameShape(1), ([rows = []]) => {
        const m = Matrix.from(rows);
        expect(m.toRows(), "rows back").toEqual(rows);
        rows.forEach((row, i) => {
          row.forEach((x, j) => {
            expect(m.get(i, j), `get(${i}, ${j})`).toBe(x);
            expect(m.data[i * m.cols + j], `data[${i} * cols + ${j}]`).toBe(x);
          });
        });
      }),
    );
  });
});

describe("broadcast", () => {
  const m = () =>
    Matrix.from([
      [1, 2, 3],
      [4, 5, 6],
    ]);

  it("broadcasts shapes by NumPy's rule: align on the right, sizes equal or 1", () => {
    expect(broadcastShapes([2, 3], [2, 3])).toEqual([2, 3]);
    expect(broadcastShapes([2, 3], [1, 3])).toEqual([2, 3]);
    expect(broadcastShapes([2, 1], [1, 3])).toEqual([2, 3]);
    expect(broadcastShapes([3], [4, 1])).toEqual([4, 3]);
    expect(broadcastShapes([5, 1, 4], [3, 1])).toEqual([5, 3, 4]);
    expect(broadcastShapes([], [2])).toEqual([2]);
    expect(broadcastShapes([2, 3], [])).toEqual([2, 3]);
    expect(broadcastShapes([], [])).toEqual([]);
    expect(broadcastShapes([0], [1])).toEqual([0]);
    expect(broadcastShapes([1, 1], [1])).toEqual([1, 1]);
  });

  it("refuses shapes that do not broadcast, with NumPy's message", () => {
    const error = thrown(() => broadcastShapes([2, 3], [2]));
    expect(error).toBeInstanceOf(BroadcastError);
    expect((error as BroadcastError).shapes).toEqual([[2, 3], [2]]);
    expect((error as Error).message).toBe(numpySays("(2,3) (2,) "));
    expect(() => broadcastShapes([0], [2])).toThrow(numpySays("(0,) (2,) "));
    expect(() => broadcastShapes([3, 1], [2, 4])).toThrow(numpySays("(3,1) (2,4) "));
    expect(() => broadcastShapes([4, 2, 3], [3, 3])).toThrow(numpySays("(4,2,3) (3,3) "));
  });

  it("multiplies by a number on either side", () => {
    expect(multiply(m(), 0.5).toRows()).toEqual([
      [0.5, 1, 1.5],
      [2, 2.5, 3],
    ]);
    expect(multiply(10, m()).toRows()).toEqual([
      [10, 20, 30],
      [40, 50, 60],
    ]);
    expect(multiply(new Matrix(0, 3, []), 2).shape).toEqual([0, 3]);
  });

  it("repeats a 1×n row down every row, and an m×1 column across every column", () => {
    expect(multiply(m(), Matrix.from([[10, 100, 1000]])).toRows()).toEqual([
      [10, 200, 3000],
      [40, 500, 6000],
    ]);
    expect(multiply(Matrix.from([[1], [-1]]), m()).toRows()).toEqual([
      [1, 2, 3],
      [-4, -5, -6],
    ]);
    expect(multiply(Matrix.from([[3]]), m()).toRows()).toEqual([
      [3, 6, 9],
      [12, 15, 18],
    ]);
  });

  it("stretches both sides at once: a column times a row is their outer product", () => {
    const product = multiply(Matrix.from([[1], [2], [3]]), Matrix.from([[10, 20]]));
    expect(product.shape).toEqual([3, 2]);
    expect(product.toRows()).toEqual([
      [10, 20],
      [20, 40],
      [30, 60],
    ]);
  });

  it("refuses shapes that do not broadcast, naming both", () => {
    const error = thrown(() =>
      multiply(
        m(),
        Matrix.from([
          [1, 2],
          [3, 4],
        ]),
      ),
    );
    expect(error).toBeInstanceOf(BroadcastError);
    expect((error as Error).message).toBe(numpySays("(2,3) (2,2) "));
    expect(() => multiply(m(), Matrix.from([[1, 2]]))).toThrow(numpySays("(2,3) (1,2) "));
    expect(() => multiply(Matrix.from([[1], [2], [3]]), m())).toThrow(numpySays("(3,1) (2,3) "));
  });

  it("returns a new matrix and leaves both operands alone", () => {
    const a = m();
    const row = Matrix.from([[2, 2, 2]]);
    const product = multiply(a, row);
    expect(product).not.toBe(a);
    expect(Array.from(a.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(row.data)).toEqual([2, 2, 2]);
  });

  const shape = fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 3 });
  const outcome = (action: () => Shape) => {
    const error = thrown(action);
    return error === undefined ? action() : (error as Error).constructor.name;
  };

  it("law: broadcasting is symmetric: a with b gives the shape b with a gives, or both refuse", () => {
    fc.assert(
      fc.property(shape, shape, (a, b) => {
        expect(
          outcome(() => broadcastShapes(a, b)),
          "broadcast of a with b",
        ).toEqual(outcome(() => broadcastShapes(b, a)));
      }),
    );
  });

  it("law: a shape broadcast with itself, with [] or with ones is itself", () => {
    fc.assert(
      fc.property(shape, (a) => {
        expect(broadcastShapes(a, a), "a with a").toEqual(a);
        expect(broadcastShapes(a, []), "a with []").toEqual(a);
        expect(
          broadcastShapes(
            a,
            a.map(() => 1),
          ),
          "a with ones",
        ).toEqual(a);
      }),
    );
  });

  it("law: each size of the result is the larger of the two, and the other one is equal or 1", () => {
    fc.assert(
      fc.property(shape, shape, (a, b) => {
        const n = Math.max(a.length, b.length);
        const pad = (s: Shape) => [...Array<number>(n - s.length).fill(1), ...s];
        const [x, y] = [pad(a), pad(b)];
        const fits = x.every((size, k) => size === y[k] || size === 1 || y[k] === 1);
        if (!fits) {
          expect(() => broadcastShapes(a, b), "refusal").toThrow(BroadcastError);
          return;
        }
        expect(broadcastShapes(a, b), "broadcast shape").toEqual(
          x.map((size, k) => Math.max(size, y[k] ?? 1)),
        );
      }),
    );
  });

  it("law: multiplying by a number is the Hadamard product with a matrix filled with it", () => {
    fc.assert(
      fc.property(sameShape(1), entry, ([rows = []], k) => {
        const filled = Matrix.from(rows.map((row) => row.map(() => k)));
        expect(multiply(Matrix.from(rows), k).toRows(), "m * k").toEqual(
          Matrix.from(rows).hadamard(filled).toRows(),
        );
        expect(multiply(k, Matrix.from(rows)).toRows(), "k * m").toEqual(
          Matrix.from(rows).hadamard(filled).toRows(),
        );
      }),
    );
  });

  it("law: a row and a column are repeated to the full shape, then multiplied", () => {
    fc.assert(
      fc.property(
        size.chain((m) => size.chain((n) => fc.tuple(rowsOf(m, n), rowsOf(1, n), rowsOf(m, 1)))),
        ([rows, [row = []], column]) => {
          const full = Matrix.from(rows);
          const rowsWide = rows.map(() => row);
          const columnWide = column.map(([x = 0]) => (rows[0] ?? []).map(() => x));
          expect(multiply(full, Matrix.from([row])).toRows(), "m * row").toEqual(
            hadamard(rows, rowsWide),
          );
          expect(multiply(Matrix.from(column), full).toRows(), "column * m").toEqual(
            hadamard(columnWide, rows),
          );
        },
      ),
    );
  });

  it("law: the product has the broadcast shape of its operands", () => {
    const small = fc.integer({ min: 1, max: 3 });
    fc.assert(
      fc.property(small, small, small, small, (m, n, p, q) => {
        const a = new Matrix(m, n, Array<number>(m * n).fill(2));
        const b = new Matrix(p, q, Array<number>(p * q).fill(3));
        const expected = outcome(() => broadcastShapes([m, n], [p, q]));
        const actual = thrown(() => multiply(a, b));
        if (typeof expected === "string") {
          expect(actual, "refusal").toBeInstanceOf(BroadcastError);
        } else {
          expect(multiply(a, b).shape, "shape of a * b").toEqual(expected);
        }
      }),
    );
  });
});

describe("transcript", () => {
  // CPython's output of katas/hadamard/original.py, line by line.
  const lines = [
    "[[7, 16, 27], [40, 55, 72]]",
    "True False False",
    "ValueError: 'operands could not be broadcast together with shapes (2,3) (3,2) '",
    "ValueError: 'setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.'",
    "[]",
    "[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]",
    "[[7.0, 16.0, 27.0], [40.0, 55.0, 72.0]]",
    "ValueError: 'cannot reshape array of size 5 into shape (2,3)'",
    "[[9007199254740992.0]]",
    "[[0.5, 1.0, 1.5], [2.0, 2.5, 3.0]]",
    "[[10.0, 200.0, 3000.0], [40.0, 500.0, 6000.0]]",
    "[[1.0, 2.0, 3.0], [-4.0, -5.0, -6.0]]",
    "[[0.30000000000000004, 0.6000000000000001, 0.8999999999999999]]",
    "(2, 3) (4, 3) (2,)",
    "ValueError: 'operands could not be broadcast together with shapes (2,3) (2,) '",
    "ValueError: 'operands could not be broadcast together with shapes (2,3) (2,2) '",
    "[[0.8, -0.0, 1.0, 0.25]]",
  ];

  it("prints what original.py prints", () => {
    expect(demo()).toEqual(lines);
  });

  it("prints the same lines every time it runs", () => {
    demo();
    expect(demo()).toEqual(lines);
  });
});
