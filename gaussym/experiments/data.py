"""Real image datasets as float arrays: digits (scikit-learn) and MNIST (IDX files).

Pixels are scaled to [0, 1] (digits: value / 16, MNIST: value / 255) and flattened, so
x in R^64 or R^784. No download ever happens: digits ship inside scikit-learn, MNIST
IDX files are supplied by the user (http://yann.lecun.com/exdb/mnist/ or any mirror:
``train-images-idx3-ubyte.gz`` / ``t10k-images-idx3-ubyte.gz`` and the label files).
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..io import optional_import


@dataclass
class Dataset:
    """Train/test split of flattened images in [0, 1] with integer labels."""
    name: str
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    side: int  # images are side x side

    @property
    def d(self) -> int:
        return self.X_train.shape[1]

    @property
    def n_classes(self) -> int:
        return int(max(self.y_train.max(), self.y_test.max())) + 1


def stratified_split(y: np.ndarray, test_fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices (train, test): each class contributes round(test_fraction * count) test items."""
    if not 0.0 < test_fraction < 1.0:
        raise ValueError(f"test_fraction must be in (0, 1), got {test_fraction}")
    rng = np.random.default_rng(seed)
    train, test = [], []
    for label in np.unique(y):
        idx = rng.permutation(np.flatnonzero(y == label))
        n_test = int(round(test_fraction * idx.size))
        test.append(idx[:n_test])
        train.append(idx[n_test:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))


def load_digits_dataset(test_fraction: float = 0.25, seed: int = 0) -> Dataset:
    """scikit-learn's 1,797 real 8x8 handwritten digits (UCI), pixels / 16 in [0, 1]."""
    datasets = optional_import("sklearn.datasets", "the digits experiment")
    bunch = datasets.load_digits()
    X = bunch.data.astype(np.float64) / 16.0
    y = bunch.target.astype(np.int64)
    tr, te = stratified_split(y, test_fraction, seed)
    return Dataset("digits", X[tr], y[tr], X[te], y[te], side=8)


def read_idx(path) -> np.ndarray:
    """Array stored in an IDX file (optionally gzipped): magic 0x00 0x00 dtype ndim, dims, data."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as fh:
        raw = fh.read()
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] != 0x08:
        raise ValueError(f"{str(path)!r} is not an unsigned-byte IDX file")
    ndim = raw[3]
    dims = tuple(int.from_bytes(raw[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim))
    data = np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim)
    if data.size != int(np.prod(dims)):
        raise ValueError(f"{str(path)!r}: header says {dims} but holds {data.size} bytes")
    return data.reshape(dims)


def _find(directory: Path, stem: str) -> Path | None:
    for name in (stem, stem + ".gz", stem.replace("-idx", ".idx"), stem.replace("-idx", ".idx") + ".gz"):
        if (directory / name).is_file():
            return directory / name
    return None


def average_pool(X: np.ndarray, side: int, factor: int) -> np.ndarray:
    """(N, side^2) images -> (N, (side/factor)^2) by averaging factor x factor pixel blocks."""
    if factor == 1:
        return X
    if side % factor:
        raise ValueError(f"pool factor {factor} must divide the image side {side}")
    n, s = X.shape[0], side // factor
    return X.reshape(n, s, factor, s, factor).mean(axis=(2, 4)).reshape(n, s * s)


def load_mnist_dataset(directory, test_fraction: float = 0.2, seed: int = 0,
                       max_items: int | None = None, pool: int = 1) -> Dataset:
    """MNIST from IDX files in ``directory``: uses every split present (train and/or t10k),
    pools them and re-splits stratified (the t10k set alone is 10,000 real images).
    ``pool`` > 1 averages pool x pool pixel blocks (pool 2: 14x14 images, d = 196)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise ValueError(f"--data {str(directory)!r} is not a directory")
    images, labels = [], []
    for split in ("train", "t10k"):
        img, lab = _find(directory, f"{split}-images-idx3-ubyte"), _find(directory, f"{split}-labels-idx1-ubyte")
        if img and lab:
            images.append(read_idx(img).reshape(-1, 28 * 28))
            labels.append(read_idx(lab).astype(np.int64))
    if not images:
        raise ValueError(f"no MNIST IDX files (t10k-images-idx3-ubyte[.gz] + t10k-labels-idx1-ubyte[.gz], or the "
                         f"train-* pair) in {str(directory)!r}")
    X = np.concatenate(images).astype(np.float64) / 255.0
    y = np.concatenate(labels)
    if max_items is not None and max_items < y.size:
        keep = np.sort(np.random.default_rng(seed).permutation(y.size)[:max_items])
        X, y = X[keep], y[keep]
    X = average_pool(X, 28, pool)
    tr, te = stratified_split(y, test_fraction, seed)
    return Dataset("mnist" if pool == 1 else f"mnist{28 // pool}x{28 // pool}", X[tr], y[tr], X[te], y[te],
                   side=28 // pool)
