"""Train a single-hidden-layer ReLU MLP with schedule-free AdamW, keeping log-spaced checkpoints.

f(x) = W2 relu(W1 x + b1) + b2, cross-entropy on the logits. Schedule-free AdamW
(Defazio et al. 2024) keeps two parameter sequences: gradients are taken at the
interpolated point (optimizer.train() mode) and the weights to evaluate are the averaged
sequence (optimizer.eval() mode). Every checkpoint is therefore taken in eval mode.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass

import numpy as np

from ..io import optional_import


@dataclass
class Checkpoint:
    step: int
    W1: np.ndarray
    b1: np.ndarray
    W2: np.ndarray
    b2: np.ndarray
    train_loss: float
    seconds: float


def log_spaced_steps(total: int, count: int) -> list[int]:
    """About ``count`` distinct integer steps geometrically spaced in [1, total], always with total."""
    if total < 1:
        raise ValueError(f"steps must be >= 1, got {total}")
    grid = np.unique(np.round(np.geomspace(1, total, max(count, 2))).astype(int))
    return sorted(set(int(s) for s in grid) | {total})


class Progress:
    """A one-line progress bar on stderr (silent when quiet)."""

    def __init__(self, total: int, label: str, quiet: bool = False, width: int = 30):
        self.total, self.label, self.quiet, self.width = total, label, quiet, width
        self.start = time.perf_counter()
        self.last = -1

    def update(self, done: int, note: str = "") -> None:
        if self.quiet:
            return
        filled = int(self.width * done / max(self.total, 1))
        if filled == self.last and done != self.total:
            return
        self.last = filled
        elapsed = time.perf_counter() - self.start
        bar = "#" * filled + "." * (self.width - filled)
        sys.stderr.write(f"\r{self.label} [{bar}] {done}/{self.total} {elapsed:5.1f}s {note}   ")
        if done >= self.total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def train_mlp(X, y, *, hidden: int = 128, steps: int = 4000, batch_size: int = 128, lr: float = 1e-2,
              warmup_steps: int = 100, weight_decay: float = 1e-4, n_checkpoints: int = 24, seed: int = 0,
              quiet: bool = False) -> list[Checkpoint]:
    """Train d -> hidden -> n_classes ReLU MLP on (X, y); return the checkpoints in step order."""
    torch = optional_import("torch", "training the experiment MLP")
    schedulefree = optional_import("schedulefree", "schedule-free AdamW training")
    torch.manual_seed(seed)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # a 64-128-10 net: one thread is ~7x faster than two on a busy 2-core machine
    try:
        return _train(torch, schedulefree, X, y, hidden, steps, batch_size, lr, warmup_steps, weight_decay,
                      n_checkpoints, seed, quiet)
    finally:
        torch.set_num_threads(threads)


def _train(torch, schedulefree, X, y, hidden, steps, batch_size, lr, warmup_steps, weight_decay, n_checkpoints,
           seed, quiet):
    rng = np.random.default_rng(seed)
    X_t = torch.as_tensor(np.asarray(X), dtype=torch.float32)
    y_t = torch.as_tensor(np.asarray(y), dtype=torch.int64)
    n, d = X_t.shape
    n_classes = int(y_t.max()) + 1
    model = torch.nn.Sequential(torch.nn.Linear(d, hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, n_classes))
    opt = schedulefree.AdamWScheduleFree(model.parameters(), lr=lr, warmup_steps=warmup_steps,
                                         weight_decay=weight_decay)
    keep = set(log_spaced_steps(steps, n_checkpoints))
    checkpoints: list[Checkpoint] = []
    progress = Progress(steps, "train", quiet)
    start = time.perf_counter()
    order = rng.permutation(n)
    cursor = 0
    loss_ema = None
    for step in range(1, steps + 1):
        if cursor + batch_size > n:  # reshuffle each epoch
            order, cursor = rng.permutation(n), 0
        batch = torch.as_tensor(order[cursor: cursor + batch_size])
        cursor += batch_size
        model.train()
        opt.train()
        loss = torch.nn.functional.cross_entropy(model(X_t[batch]), y_t[batch])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        loss_ema = loss.item() if loss_ema is None else 0.95 * loss_ema + 0.05 * loss.item()
        if step in keep:
            opt.eval()  # switch the parameters to the averaged (evaluation) sequence
            with torch.no_grad():
                full_loss = torch.nn.functional.cross_entropy(model(X_t), y_t).item()
                first, second = model[0], model[2]
                checkpoints.append(Checkpoint(
                    step, first.weight.double().numpy().copy(), first.bias.double().numpy().copy(),
                    second.weight.double().numpy().copy(), second.bias.double().numpy().copy(),
                    full_loss, time.perf_counter() - start))
            opt.train()
        progress.update(step, f"loss {loss_ema:.4f}")
    return checkpoints
