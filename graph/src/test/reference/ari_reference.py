"""Adjusted Rand index reference values for PartitionSimilarityTest, from the formula of Hubert & Arabie
(1985) in plain Python (fractions, so exact), independent of the Java code's sorting approach. scikit-learn
is not installed here; its adjusted_rand_score docstring gives the small cases below (1.0, 1.0, 0.57, 0.57,
0.0, -0.5), which this script reproduces.

    python3 ari_reference.py
"""
from collections import Counter
from fractions import Fraction


def c2(k):
    return k * (k - 1) // 2


def ari(a, b):
    n = len(a)
    index = sum(c2(v) for v in Counter(zip(a, b)).values())
    sa = sum(c2(v) for v in Counter(a).values())
    sb = sum(c2(v) for v in Counter(b).values())
    total = c2(n)
    expected = Fraction(sa * sb, total) if total else Fraction(0)
    maximum = Fraction(sa + sb, 2)
    if maximum == expected:
        return Fraction(1)
    return (index - expected) / (maximum - expected)


for a, b in [([0, 0, 1, 1], [0, 0, 1, 1]), ([0, 0, 1, 1], [1, 1, 0, 0]), ([0, 0, 1, 2], [0, 0, 1, 1]),
             ([0, 0, 1, 1], [0, 0, 1, 2]), ([0, 0, 0, 0], [0, 1, 2, 3]), ([0, 0, 1, 1], [0, 1, 0, 1]),
             ([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])]:
    r = ari(a, b)
    print(a, b, r, float(r))

n = 1000
a = [(i * 7) % 13 for i in range(n)]
b = [(i * 11 + i // 5) % 9 for i in range(n)]
print("formula labels n=1000", repr(float(ari(a, b))))
a2 = [i // 100 for i in range(n)]
b2 = [i // 100 if i % 10 else (i // 100 + 1) % 10 for i in range(n)]
print("blocks with 10% moved n=1000", repr(float(ari(a2, b2))))
