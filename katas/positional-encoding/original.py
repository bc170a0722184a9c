"""The seed's PositionalEncoding table, without torch: float64 as Python computes it, and float32
as PyTorch computes it, one rounding after every operation."""

import math
import struct


def f32(x):
    """The float32 nearest to x, as storing x in a torch.float32 tensor gives (ties to even)."""
    return struct.unpack("<f", struct.pack("<f", x))[0]


def check_sizes(max_len, d_model):
    for size in (max_len, d_model):
        if size < 0:
            raise RuntimeError(
                f"Trying to create tensor with negative dimension {size}: [{max_len}, {d_model}]"
            )
    # pe[:, 1::2] has d_model // 2 columns; cos(position * div_term) has (d_model + 1) // 2.
    # PyTorch can stretch a single column to fit (d_model == 1 gives 0 cos columns), but no more.
    target, existing = d_model // 2, (d_model + 1) // 2
    if existing not in (target, 1):
        raise RuntimeError(
            f"The expanded size of the tensor ({target}) must match the existing size "
            f"({existing}) at non-singleton dimension 1.  Target sizes: [{max_len}, {target}].  "
            f"Tensor sizes: [{max_len}, {existing}]"
        )


def div_term(d_model, float32=False):
    """exp(arange(0, d_model, 2) * -(log(10000) / d_model)): one frequency per (sin, cos) pair."""
    r = f32 if float32 else float
    scale = r(-math.log(10000.0) / d_model)  # a Python float; torch makes it a float32 scalar
    return [r(math.exp(r(i * scale))) for i in range(0, d_model, 2)]


def positional_encoding(max_len, d_model, float32=False):
    check_sizes(max_len, d_model)
    r = f32 if float32 else float
    pe = [[0.0] * d_model for _ in range(max_len)]
    for pos in range(max_len):
        for i, div in enumerate(div_term(d_model, float32)):
            angle = r(pos * div)
            pe[pos][2 * i] = r(math.sin(angle))
            if 2 * i + 1 < d_model:
                pe[pos][2 * i + 1] = r(math.cos(angle))
    return pe


def ordered(x):
    """The float32 nearest x as an integer, in the order of the floats: neighbours differ by 1."""
    bits = struct.unpack("<i", struct.pack("<f", x))[0]  # OverflowError beyond float32's range
    return -(bits & 0x7FFFFFFF) if bits < 0 else bits


def ulps_between(a, b):
    if math.isnan(a) or math.isnan(b):
        raise ValueError("NaN is not a number on the float32 line")
    return abs(ordered(a) - ordered(b))


def ulp_error(max_len, d_model):
    pe32 = positional_encoding(max_len, d_model, float32=True)
    pe64 = positional_encoding(max_len, d_model)
    return [[ulps_between(x, y) for x, y in zip(r32, r64)] for r32, r64 in zip(pe32, pe64)]


def fixed(values, digits=6):
    return "[" + ", ".join(f"{x:.{digits}f}" for x in values) + "]"


print("div_term(8):", fixed(div_term(8)))
print("div_term(8), float32:", [repr(x) for x in div_term(8, float32=True)])
pe = positional_encoding(50, 8)
for pos in (0, 1, 2, 49):
    print(f"pe[{pos}]:", fixed(pe[pos], 4))
pe32 = positional_encoding(50, 8, float32=True)
print("pe32[0]:", pe32[0])
print("pe32[1][:2]:", pe32[1][:2], "vs float64", fixed(pe[1][:2], 16))
print("pe32[49][2]:", repr(pe32[49][2]), "vs float64", f"{pe[49][2]:.16f}")
worst = max(abs(s * s + c * c - 1) for row in pe32 for s, c in zip(row[0::2], row[1::2]))
print("float32 sin^2 + cos^2 - 1, worst:", f"{worst:.3e}")
print("ulps:", ulps_between(1.0, 1.0000001), ulps_between(1.0, 2.0), ulps_between(-0.0, 0.0),
      ulps_between(-1e-45, 1e-45))
errors = ulp_error(2000, 8)
print("worst ulps per column, positions 0-1999:", [max(col) for col in zip(*errors)])
big = positional_encoding(2000, 8, float32=True)[1999]
print("pe32[1999]:", fixed(big, 6), "vs float64", fixed(positional_encoding(2000, 8)[1999], 6))
for d_model in (5, 3):
    try:
        positional_encoding(10, d_model)
    except RuntimeError as error:
        print(f"d_model={d_model}: RuntimeError: {error}")
print("d_model=1:", positional_encoding(3, 1, float32=True))
try:
    ulps_between(1.0, 1e39)
except OverflowError as error:
    print("OverflowError:", error)
