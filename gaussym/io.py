"""Load MLP / GLU weights from files and save approximant coefficients.

Formats (chosen by file suffix):
  ``.npz``                numpy archive (core install)
  ``.safetensors``        via ``safetensors.numpy`` (no torch; ``pip install 'gaussym[io]'``)
  ``.pt`` ``.pth`` ``.bin``  a PyTorch state_dict, read with ``torch.load(weights_only=True)``
                          (``pip install 'gaussym[experiments]'``; use the torch pin ``torch==2.13.0``).
                          Save ``model.state_dict()``, not the module object.

Accepted tensor names. Every name may carry a common dotted prefix (``model.mlp.fc1.weight``);
biases are optional (missing ones are zeros). Weights follow the torch ``nn.Linear`` layout
``(out_features, in_features)``, so ``W1`` is ``(h, d)`` and ``W2`` is ``(d_out, h)``.

MLP  f(x) = W2 act(W1 x + b1) + b2:
  ``W1, b1, W2, b2``                           gaussym's own names
  ``fc1.weight, fc1.bias, fc2.weight, fc2.bias``  (also ``lin1/lin2``, ``linear1/linear2``, ``dense1/dense2``)
  ``0.weight, 0.bias, 2.weight, 2.bias``       ``nn.Sequential(Linear, act, Linear)``: exactly two
                                               numbered 2-D ``.weight`` tensors, in index order
GLU  f(x) = W2 [act(W x + b1) * (V x + b2)] + b_out:
  ``W, b1, V, b2, W2, b_out``                  gaussym's own names (``W2``/``b_out`` optional)
  ``gate.weight, up.weight, down.weight``      (+ ``.bias``); also ``gate_proj/up_proj/down_proj``
  ``w1.weight, w3.weight, w2.weight``          LLaMA naming: w1 = gate, w3 = up, w2 = down

When nothing matches, the ValueError lists the tensor names (and shapes) found.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

import numpy as np

from ._validate import as_float_array

INSTALL_HINT = {
    "safetensors": "pip install 'gaussym[io]'   (or: pip install safetensors)",
    "torch": "pip install torch==2.13.0   (the pinned CPU build; then pip install 'gaussym[experiments]')",
    "matplotlib": "pip install 'gaussym[experiments]'   (or: pip install matplotlib)",
    "sklearn": "pip install 'gaussym[experiments]'   (or: pip install scikit-learn)",
    "schedulefree": "pip install 'gaussym[experiments]'   (or: pip install schedulefree)",
}


class MissingDependency(ImportError):
    """An optional package is needed; the message says how to install it."""


def optional_import(module: str, purpose: str):
    """Import an optional dependency or raise MissingDependency with the install command."""
    try:
        return import_module(module)
    except ImportError:
        top = module.split(".")[0]
        hint = INSTALL_HINT.get(top, f"pip install {top}")
        raise MissingDependency(f"{purpose} needs the optional package '{top}': {hint}") from None


# --------------------------------------------------------------------------- raw tensors
MODEL_SUFFIXES = (".npz", ".safetensors", ".pt", ".pth", ".bin")


def load_tensors(path) -> dict[str, np.ndarray]:
    """All tensors in a weight file as a flat ``{name: float64 array}`` dict."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"model file {str(path)!r} does not exist")
    suffix = path.suffix.lower()
    if suffix == ".npz":
        with np.load(path, allow_pickle=False) as archive:
            raw = {k: archive[k] for k in archive.files}
    elif suffix == ".safetensors":
        st = optional_import("safetensors.numpy", f"reading {path.name}")
        try:
            raw = st.load_file(str(path))
        except Exception as exc:  # corrupt header, bf16 (no numpy dtype), ...
            raise ValueError(f"cannot read safetensors file {str(path)!r}: {exc}") from None
    elif suffix in (".pt", ".pth", ".bin"):
        raw = _load_torch(path)
    else:
        raise ValueError(f"model file {str(path)!r}: unknown suffix {suffix!r}; supported: {', '.join(MODEL_SUFFIXES)}")
    out = {}
    for name, arr in raw.items():
        arr = np.asarray(arr)
        if arr.dtype.kind in "fiu":
            out[name] = arr.astype(np.float64)
    return out


def _load_torch(path: Path) -> dict[str, np.ndarray]:
    torch = optional_import("torch", f"reading the PyTorch file {path.name}")
    try:
        obj = torch.load(str(path), map_location="cpu", weights_only=True)
    except Exception as exc:
        raise ValueError(f"cannot read {str(path)!r} with torch.load(weights_only=True) ({exc}); "
                         "save model.state_dict() rather than the module object") from None
    for key in ("state_dict", "model_state_dict", "model"):  # common checkpoint wrappers
        if isinstance(obj, dict) and isinstance(obj.get(key), dict):
            obj = obj[key]
    if not isinstance(obj, dict):
        raise ValueError(f"{str(path)!r} holds a {type(obj).__name__}, expected a state_dict (dict of tensors)")
    flat: dict[str, np.ndarray] = {}

    def walk(prefix, value):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}{k}.", v)
        elif isinstance(value, torch.Tensor) and value.is_floating_point():
            flat[prefix[:-1]] = value.detach().to(torch.float64).cpu().numpy()

    walk("", obj)
    return flat


# --------------------------------------------------------------------------- model matching
@dataclass
class LoadedModel:
    """Weights of one layer: ``kind`` is "mlp" (W1, b1, W2, b2) or "glu" (W, b1, V, b2, W2, b_out)."""
    kind: str
    params: dict[str, np.ndarray | None]
    source: str = ""
    names: dict[str, str] = field(default_factory=dict)  # our parameter -> tensor name in the file

    @property
    def d_in(self) -> int:
        return (self.params["W1"] if self.kind == "mlp" else self.params["W"]).shape[1]

    @property
    def d_out(self) -> int:
        if self.kind == "mlp":
            return self.params["W2"].shape[0]
        w2 = self.params.get("W2")
        return (w2 if w2 is not None else self.params["V"]).shape[0]

    def forward(self, x, act) -> np.ndarray:
        """Exact network output for x (N, d); ``act`` is an Activation or its name."""
        from .activations import get_activation
        act = get_activation(act) if not callable(act) else act
        p = self.params
        x = np.asarray(x, dtype=np.float64)
        if self.kind == "mlp":
            return act(x @ p["W1"].T + p["b1"]) @ p["W2"].T + p["b2"]
        hidden = act(x @ p["W"].T + p["b1"]) * (x @ p["V"].T + p["b2"])
        out = hidden @ p["W2"].T if p.get("W2") is not None else hidden
        return out + p["b_out"] if p.get("b_out") is not None else out

    def approx(self, **kwargs):
        """The polynomial approximant (``gaussym.mlp_approx`` / ``glu_approx``; kwargs passed on)."""
        from . import approx as _approx
        p = self.params
        if self.kind == "mlp":
            return _approx.mlp_approx(p["W1"], p["b1"], p["W2"], p["b2"], **kwargs)
        return _approx.glu_approx(p["W"], p["b1"], p["V"], p["b2"], p.get("W2"), p.get("b_out"), **kwargs)


# (role -> candidate suffixes); the first role of each pattern is the required weight
_MLP_PATTERNS = [
    {"W1": "W1", "b1": "b1", "W2": "W2", "b2": "b2"},
] + [
    {"W1": f"{a}.weight", "b1": f"{a}.bias", "W2": f"{b}.weight", "b2": f"{b}.bias"}
    for a, b in (("fc1", "fc2"), ("lin1", "lin2"), ("linear1", "linear2"), ("dense1", "dense2"))
]
_GLU_PATTERNS = [
    {"W": "W", "b1": "b1", "V": "V", "b2": "b2", "W2": "W2", "b_out": "b_out"},
] + [
    {"W": f"{g}.weight", "b1": f"{g}.bias", "V": f"{u}.weight", "b2": f"{u}.bias",
     "W2": f"{d}.weight", "b_out": f"{d}.bias"}
    for g, u, d in (("gate", "up", "down"), ("gate_proj", "up_proj", "down_proj"), ("w1", "w3", "w2"))
]
_REQUIRED = {"mlp": ("W1", "W2"), "glu": ("W", "V")}


def _describe(tensors: dict[str, np.ndarray]) -> str:
    if not tensors:
        return "(no numeric tensors)"
    return ", ".join(f"{k} {tuple(v.shape)}" for k, v in sorted(tensors.items()))


def _match_pattern(tensors, pattern, required):
    """All (prefix, {role: name}) where every required role is present under one prefix."""
    found = []
    req_suffix = pattern[required[0]]
    for name in tensors:
        if name == req_suffix or name.endswith("." + req_suffix):
            prefix = name[: len(name) - len(req_suffix)]
            roles = {role: prefix + suf for role, suf in pattern.items() if prefix + suf in tensors}
            if all(r in roles for r in required):
                found.append((prefix, roles))
    return found


def _match_sequential(tensors):
    """``<prefix><i>.weight`` numbered layers: a prefix with exactly two 2-D weights is an MLP."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for name, arr in tensors.items():
        m = re.fullmatch(r"(.*?)(\d+)\.weight", name)
        if m and arr.ndim == 2:
            groups.setdefault(m.group(1), []).append((int(m.group(2)), m.group(1) + m.group(2)))
    found = []
    for prefix, layers in groups.items():
        if len(layers) == 2:
            (_, first), (_, second) = sorted(layers)
            roles = {"W1": first + ".weight", "W2": second + ".weight"}
            for role, base in (("b1", first), ("b2", second)):
                if base + ".bias" in tensors:
                    roles[role] = base + ".bias"
            found.append((prefix, roles))
    return found


def find_model(tensors: dict[str, np.ndarray], *, kind: str = "auto", prefix: str | None = None,
               source: str = "") -> LoadedModel:
    """Recognise an MLP or GLU among named tensors (see the module docstring for the names)."""
    if kind not in ("auto", "mlp", "glu"):
        raise ValueError(f"kind must be 'auto', 'mlp' or 'glu', got {kind!r}")
    candidates = []
    if kind in ("auto", "glu"):
        for pat in _GLU_PATTERNS:
            candidates += [("glu", p, r) for p, r in _match_pattern(tensors, pat, _REQUIRED["glu"])]
    if kind in ("auto", "mlp"):
        for pat in _MLP_PATTERNS:
            candidates += [("mlp", p, r) for p, r in _match_pattern(tensors, pat, _REQUIRED["mlp"])]
        if not any(c[0] == "mlp" for c in candidates):
            candidates += [("mlp", p, r) for p, r in _match_sequential(tensors)]
    if prefix is not None:
        candidates = [c for c in candidates if c[1] == prefix]
    where = f" in {source}" if source else ""
    if not candidates:
        raise ValueError(f"no {'MLP or GLU' if kind == 'auto' else kind.upper()} weights recognised{where}"
                         f"{'' if prefix is None else f' under prefix {prefix!r}'}; tensors found: "
                         f"{_describe(tensors)}. Accepted names: W1,b1,W2,b2 | fc1.weight,fc2.weight(+bias) | "
                         "0.weight,2.weight (nn.Sequential) | GLU: W,V,W2 | gate/up/down(.weight) | w1,w3,w2 "
                         "(see gaussym.io docstring)")
    if len(candidates) > 1:
        listed = "; ".join(f"{k} at prefix {p!r}" for k, p, _ in candidates)
        raise ValueError(f"several layers match{where}: {listed}. Choose one with prefix=... (--prefix)")
    kind, _, roles = candidates[0]
    params = {role: tensors[name] for role, name in roles.items()}
    model = LoadedModel(kind, _complete(kind, params, roles), source=source, names=roles)
    return model


def _complete(kind, params, names):
    """Fill missing biases with zeros and check every shape, naming the tensor at fault."""
    def arr(role, ndim):
        return as_float_array(params[role], f"{role} ({names.get(role, role)})", ndim=ndim)

    if kind == "mlp":
        W1, W2 = arr("W1", 2), arr("W2", 2)
        h = W1.shape[0]
        if W2.shape[1] != h:
            raise ValueError(f"W2 ({names['W2']}) has shape {W2.shape}: expected (d_out, {h}) to follow W1 "
                             f"({names['W1']}) of shape {W1.shape}")
        b1 = arr("b1", 1) if "b1" in params else np.zeros(h)
        b2 = arr("b2", 1) if "b2" in params else np.zeros(W2.shape[0])
        for role, b, n in (("b1", b1, h), ("b2", b2, W2.shape[0])):
            if b.shape != (n,):
                raise ValueError(f"{role} ({names.get(role, role)}) has shape {b.shape}, expected ({n},)")
        return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    W, V = arr("W", 2), arr("V", 2)
    if W.shape != V.shape:
        raise ValueError(f"GLU gate W ({names['W']}) {W.shape} and up V ({names['V']}) {V.shape} must have equal shapes")
    h = W.shape[0]
    W2 = arr("W2", 2) if "W2" in params else None
    if W2 is not None and W2.shape[1] != h:
        raise ValueError(f"W2 ({names['W2']}) has shape {W2.shape}: expected (d_out, {h})")
    b1 = arr("b1", 1) if "b1" in params else np.zeros(h)
    b2 = arr("b2", 1) if "b2" in params else np.zeros(h)
    b_out = arr("b_out", 1) if "b_out" in params else None
    for role, b, n in (("b1", b1, h), ("b2", b2, h)):
        if b.shape != (n,):
            raise ValueError(f"{role} ({names.get(role, role)}) has shape {b.shape}, expected ({n},)")
    if b_out is not None:
        n_out = W2.shape[0] if W2 is not None else h
        if b_out.shape != (n_out,):
            raise ValueError(f"b_out ({names['b_out']}) has shape {b_out.shape}, expected ({n_out},)")
    return {"W": W, "b1": b1, "V": V, "b2": b2, "W2": W2, "b_out": b_out}


def load_model(path, *, kind: str = "auto", prefix: str | None = None) -> LoadedModel:
    """Read a weight file and recognise its MLP or GLU (see the module docstring)."""
    return find_model(load_tensors(path), kind=kind, prefix=prefix, source=str(path))


# --------------------------------------------------------------------------- saving
def save_tensors(path, tensors: dict[str, np.ndarray], metadata: dict | None = None, *,
                 dtype=np.float64) -> Path:
    """Write named arrays to ``.npz`` or ``.safetensors``; ``metadata`` is stored as JSON.

    In ``.npz`` the metadata is the string entry ``__metadata__``; in ``.safetensors`` it
    is the header's text metadata under the key ``gaussym``.
    """
    path = Path(path)
    arrays = {k: np.ascontiguousarray(np.asarray(v, dtype=dtype)) for k, v in tensors.items() if v is not None}
    meta = json.dumps(metadata or {}, default=_json_default, sort_keys=True)
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".npz":
        np.savez_compressed(path, __metadata__=np.array(meta), **arrays)
    elif suffix == ".safetensors":
        st = optional_import("safetensors.numpy", f"writing {path.name}")
        st.save_file(arrays, str(path), metadata={"gaussym": meta})
    else:
        raise ValueError(f"output file {str(path)!r}: unknown suffix {suffix!r}; use .npz or .safetensors")
    return path


def read_metadata(path) -> dict:
    """The JSON metadata written by :func:`save_tensors` ({} if none)."""
    path = Path(path)
    if path.suffix.lower() == ".npz":
        with np.load(path, allow_pickle=False) as archive:
            return json.loads(str(archive["__metadata__"])) if "__metadata__" in archive.files else {}
    if path.suffix.lower() == ".safetensors":
        optional_import("safetensors", f"reading {path.name}")
        from safetensors import safe_open
        with safe_open(str(path), framework="numpy") as fh:
            meta = fh.metadata() or {}
        return json.loads(meta.get("gaussym", "{}"))
    raise ValueError(f"{str(path)!r}: unknown suffix; use .npz or .safetensors")


def save_model(path, W1, b1, W2, b2, *, dtype=np.float64, metadata: dict | None = None) -> Path:
    """Save an MLP under gaussym's names ``W1, b1, W2, b2``."""
    return save_tensors(path, {"W1": W1, "b1": b1, "W2": W2, "b2": b2}, metadata, dtype=dtype)


#: degree >= 3 coefficient tensors larger than this many floats are not written (factored form only)
MAX_SAVED_FLOATS = 50_000_000


def coefficient_tensors(approx, *, top_k: int = 8) -> dict[str, np.ndarray]:
    """Arrays describing a PolyApprox: alpha, beta, gamma (degree >= 2), the SVD of beta and,
    for degree >= 2, the top-``top_k`` interaction-matrix eigenpairs of every output; for
    degree >= 3 the symmetric tensors ``coef3``, ``coef4``, ... (d_out, d, ..., d) while they
    have at most MAX_SAVED_FLOATS entries.

    eigvals (d_out, k) sorted by |value|; eigvecs (d_out, d, k); beta_U (d_out, r), beta_S (r,),
    beta_Vt (r, d).
    """
    out = {"alpha": np.asarray(approx.alpha), "beta": np.asarray(approx.beta)}
    U, S, Vt = np.linalg.svd(out["beta"], full_matrices=False)
    out.update(beta_U=U, beta_S=S, beta_Vt=Vt)
    gamma = getattr(approx, "gamma", None)
    if gamma is not None:
        gamma = np.asarray(gamma)
        out["gamma"] = gamma
        k = min(top_k, gamma.shape[-1])
        vals = np.empty((gamma.shape[0], k))
        vecs = np.empty((gamma.shape[0], gamma.shape[-1], k))
        for o in range(gamma.shape[0]):
            w, v = np.linalg.eigh(0.5 * (gamma[o] + gamma[o].T))
            order = np.argsort(-np.abs(w))[:k]
            vals[o], vecs[o] = w[order], v[:, order]
        out.update(eigvals=vals, eigvecs=vecs)
    degree = int(getattr(approx, "degree", 2 if gamma is not None else 1))
    for l in range(3, degree + 1):  # higher-degree symmetric tensors, when they fit
        if len(out["alpha"]) * out["beta"].shape[1] ** l <= MAX_SAVED_FLOATS:
            out[f"coef{l}"] = np.asarray(approx.tensor(l))
    return out


def save_coefficients(path, approx, *, metadata: dict | None = None, top_k: int = 8) -> Path:
    """Write a PolyApprox's coefficients (see :func:`coefficient_tensors`) plus its ``info``."""
    meta = {"info": dict(getattr(approx, "info", {}) or {})}
    meta.update(metadata or {})
    return save_tensors(path, coefficient_tensors(approx, top_k=top_k), meta)


def load_coefficients(path) -> tuple[dict[str, np.ndarray], dict]:
    """Inverse of :func:`save_coefficients`: (arrays, metadata)."""
    tensors = load_tensors(path)
    tensors.pop("__metadata__", None)
    return tensors, read_metadata(path)


def _json_default(value):
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    return str(value)
