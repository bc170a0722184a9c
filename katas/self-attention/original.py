"""Self-attention as the seed describes it: softmax(Q Kᵀ / √d_k) V, a causal mask, and several
heads side by side. Plain Python lists stand in for PyTorch tensors."""

import math


def matmul(a, b):
    """a @ b. Each entry is an exactly rounded sum (math.fsum), so no order of terms changes it."""
    inner, rows_b, cols_b = len(a[0]), len(b), len(b[0])
    if inner != rows_b:
        raise RuntimeError(
            f"mat1 and mat2 shapes cannot be multiplied ({len(a)}x{inner} and {rows_b}x{cols_b})"
        )
    return [[math.fsum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(col) for col in zip(*m)]


def softmax(scores):
    """Numerically stable: subtract the largest score first, so exp never sees a large number."""
    if not scores:
        return []
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]  # exp(-inf) is 0.0: masked scores vanish
    total = math.fsum(exps)
    return [e / total for e in exps]


def attention(q, k, v, causal=False):
    """Scaled dot-product attention; under the causal mask, query i sees keys 0..i only."""
    scale = math.sqrt(len(k[0]))
    scores = [[s / scale for s in row] for row in matmul(q, transpose(k))]
    if causal:
        scores = [[s if j <= i else -math.inf for j, s in enumerate(row)] for i, row in enumerate(scores)]
    weights = [softmax(row) for row in scores]
    return matmul(weights, v), weights


def multi_head_attention(x, w_q, w_k, w_v, w_o, heads, causal=False):
    """Project x, split the columns into `heads` slices, attend per head, concatenate, project."""
    d_model = len(x[0])
    if d_model % heads != 0:
        raise AssertionError("embed_dim must be divisible by num_heads")  # torch.nn.MultiheadAttention
    d_k = d_model // heads
    q, k, v = matmul(x, w_q), matmul(x, w_k), matmul(x, w_v)
    outputs, weights = [], []
    for h in range(heads):
        cols = slice(h * d_k, (h + 1) * d_k)
        out, w = attention([r[cols] for r in q], [r[cols] for r in k], [r[cols] for r in v], causal)
        outputs.append(out)
        weights.append(w)
    concat = [[x for out in outputs for x in out[i]] for i in range(len(x))]
    return matmul(concat, w_o), weights


def fixed(values):
    return "[" + ", ".join(f"{x:.4f}" for x in values) + "]"


print("softmax([1, 2, 3]):", fixed(softmax([1.0, 2.0, 3.0])))
print("softmax([1001, 1002, 1003]):", fixed(softmax([1001.0, 1002.0, 1003.0])))
print("softmax([800, -800]):", fixed(softmax([800.0, -800.0])))
print("softmax([1e308, -1e308, 1e308]):", fixed(softmax([1e308, -1e308, 1e308])))
print("softmax([0, -inf]):", fixed(softmax([0.0, -math.inf])))
print("softmax([-inf, -inf]):", fixed(softmax([-math.inf, -math.inf])))
total = 0.0
for w in [0.1] * 10:
    total += w
print("0.1 ten times:", repr(total), "with +=,", repr(math.fsum([0.1] * 10)), "with fsum")

x = [[1.0, 0.0, 1.0, 0.0], [0.0, 2.0, 0.0, 2.0], [1.0, 1.0, 1.0, 1.0]]
out, weights = attention(x, x, x)
for i, row in enumerate(weights):
    print(f"weights[{i}]:", fixed(row), "->", fixed(out[i]))
out, weights = attention(x, x, x, causal=True)
for i, row in enumerate(weights):
    print(f"causal[{i}]:", fixed(row), "->", fixed(out[i]))

identity = [[1.0 if i == j else 0.0 for j in range(4)] for i in range(4)]
swap = [[0.0, 1.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 1.0], [0.0, 0.0, 1.0, 0.0]]
w_o = [[0.5, 0.0, 0.0, 0.0], [0.0, 0.5, 0.0, 0.0], [0.0, 0.0, 2.0, 0.0], [0.0, 0.0, 0.0, 2.0]]
tokens = [[1.0, 0.0, 0.5, -1.0], [0.0, 2.0, 1.0, 0.0], [1.0, 1.0, -0.5, 0.5]]
out, weights = multi_head_attention(tokens, identity, swap, identity, w_o, heads=2)
for h, head in enumerate(weights):
    print(f"head {h}:", " ".join(fixed(row) for row in head))
for i, row in enumerate(out):
    print(f"multi-head[{i}]:", fixed(row))
for action in (
    lambda: attention(x, [r[:2] for r in x], x),
    lambda: attention(x, x, x[:2]),
    lambda: multi_head_attention(tokens, identity, swap, identity, w_o, heads=3),
):
    try:
        action()
    except (RuntimeError, AssertionError) as error:
        print(f"{type(error).__name__}: {error}")
