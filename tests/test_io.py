"""Model loading for every format and naming scheme, every error path, coefficient round trips."""
import json

import numpy as np
import pytest

from gaussym import io


def _mlp(rng, d=5, h=7, d_out=3):
    return {"W1": rng.standard_normal((h, d)), "b1": rng.standard_normal(h),
            "W2": rng.standard_normal((d_out, h)), "b2": rng.standard_normal(d_out)}


def _glu(rng, d=4, h=6, d_out=2):
    return {"W": rng.standard_normal((h, d)), "b1": rng.standard_normal(h), "V": rng.standard_normal((h, d)),
            "b2": rng.standard_normal(h), "W2": rng.standard_normal((d_out, h)), "b_out": rng.standard_normal(d_out)}


def _assert_same(model, ref):
    for key, value in ref.items():
        np.testing.assert_array_equal(model.params[key], value)


MLP_NAMINGS = {
    "own": {"W1": "W1", "b1": "b1", "W2": "W2", "b2": "b2"},
    "fc": {"W1": "fc1.weight", "b1": "fc1.bias", "W2": "fc2.weight", "b2": "fc2.bias"},
    "sequential": {"W1": "0.weight", "b1": "0.bias", "W2": "2.weight", "b2": "2.bias"},
    "prefixed_seq": {"W1": "net.3.weight", "b1": "net.3.bias", "W2": "net.10.weight", "b2": "net.10.bias"},
    "prefixed_fc": {"W1": "model.mlp.fc1.weight", "b1": "model.mlp.fc1.bias",
                    "W2": "model.mlp.fc2.weight", "b2": "model.mlp.fc2.bias"},
}
GLU_NAMINGS = {
    "own": {k: k for k in ("W", "b1", "V", "b2", "W2", "b_out")},
    "gate_up_down": {"W": "gate.weight", "b1": "gate.bias", "V": "up.weight", "b2": "up.bias",
                     "W2": "down.weight", "b_out": "down.bias"},
    "llama": {"W": "layers.0.mlp.gate_proj.weight", "V": "layers.0.mlp.up_proj.weight",
              "W2": "layers.0.mlp.down_proj.weight"},
    "w1w3w2": {"W": "w1.weight", "V": "w3.weight", "W2": "w2.weight"},
}


@pytest.mark.parametrize("suffix", [".npz", ".safetensors"])
@pytest.mark.parametrize("naming", sorted(MLP_NAMINGS))
def test_mlp_roundtrip_every_naming(tmp_path, rng, suffix, naming):
    if suffix == ".safetensors":
        pytest.importorskip("safetensors")
    ref = _mlp(rng)
    path = tmp_path / f"m{suffix}"
    io.save_tensors(path, {MLP_NAMINGS[naming][k]: v for k, v in ref.items()})
    model = io.load_model(path)
    assert model.kind == "mlp" and model.d_in == 5 and model.d_out == 3
    _assert_same(model, ref)
    assert model.names["W1"] == MLP_NAMINGS[naming]["W1"]


@pytest.mark.parametrize("naming", sorted(GLU_NAMINGS))
def test_glu_every_naming(tmp_path, rng, naming):
    ref = _glu(rng)
    names = GLU_NAMINGS[naming]
    io.save_tensors(tmp_path / "g.npz", {names[k]: ref[k] for k in names})
    model = io.load_model(tmp_path / "g.npz")
    assert model.kind == "glu"
    _assert_same(model, {k: ref[k] for k in names})
    for bias, n in (("b1", 6), ("b2", 6)):  # missing biases become zeros
        if bias not in names:
            np.testing.assert_array_equal(model.params[bias], np.zeros(n))
    if "b_out" not in names:
        assert model.params["b_out"] is None


def test_forward_matches_definition(rng):
    ref = _mlp(rng)
    model = io.find_model(ref)
    x = rng.standard_normal((9, 5))
    expect = np.maximum(x @ ref["W1"].T + ref["b1"], 0) @ ref["W2"].T + ref["b2"]
    np.testing.assert_allclose(model.forward(x, "relu"), expect, rtol=1e-13)
    g = _glu(rng)
    glu = io.find_model(g)
    want = (np.maximum(x[:, :4] @ g["W"].T + g["b1"], 0) * (x[:, :4] @ g["V"].T + g["b2"])) @ g["W2"].T + g["b_out"]
    np.testing.assert_allclose(glu.forward(x[:, :4], "relu"), want, rtol=1e-13)


def test_missing_biases_are_zero(rng):
    ref = _mlp(rng)
    model = io.find_model({"0.weight": ref["W1"], "2.weight": ref["W2"]})
    np.testing.assert_array_equal(model.params["b1"], np.zeros(7))
    np.testing.assert_array_equal(model.params["b2"], np.zeros(3))


def test_torch_state_dict(tmp_path, rng):
    torch = pytest.importorskip("torch")
    net = torch.nn.Sequential(torch.nn.Linear(5, 7), torch.nn.ReLU(), torch.nn.Linear(7, 3))
    torch.save(net.state_dict(), tmp_path / "net.pt")
    model = io.load_model(tmp_path / "net.pt")
    assert model.names == {"W1": "0.weight", "b1": "0.bias", "W2": "2.weight", "b2": "2.bias"}
    x = rng.standard_normal((4, 5))
    with torch.no_grad():
        want = net(torch.as_tensor(x, dtype=torch.float32)).double().numpy()
    np.testing.assert_allclose(model.forward(x, "relu"), want, rtol=1e-5, atol=1e-6)
    # checkpoint wrapper {"state_dict": ...} and bfloat16 tensors are accepted
    wrapped = {"state_dict": {k: v.to(torch.bfloat16) for k, v in net.state_dict().items()}, "epoch": 3}
    torch.save(wrapped, tmp_path / "ckpt.pth")
    assert io.load_model(tmp_path / "ckpt.pth").params["W1"].shape == (7, 5)


def test_torch_whole_module_is_refused(tmp_path):
    torch = pytest.importorskip("torch")
    net = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.ReLU(), torch.nn.Linear(3, 1))
    torch.save(net, tmp_path / "module.pt")
    with pytest.raises(ValueError, match="state_dict"):
        io.load_model(tmp_path / "module.pt")


# ----------------------------------------------------------------------------- error paths
def test_no_match_lists_names(tmp_path, rng):
    io.save_tensors(tmp_path / "x.npz", {"encoder.weight": rng.standard_normal((3, 3)), "foo": np.ones(2)})
    with pytest.raises(ValueError) as err:
        io.load_model(tmp_path / "x.npz")
    msg = str(err.value)
    assert "encoder.weight (3, 3)" in msg and "foo (2,)" in msg and "Accepted names" in msg


def test_empty_file_message(tmp_path):
    np.savez(tmp_path / "empty.npz", labels=np.array(["a"]))
    with pytest.raises(ValueError, match="no numeric tensors"):
        io.load_model(tmp_path / "empty.npz")


def test_ambiguous_layers_need_prefix(rng):
    a, b = _mlp(rng), _mlp(rng)
    tensors = {f"blocks.0.fc1.weight": a["W1"], "blocks.0.fc2.weight": a["W2"],
               "blocks.1.fc1.weight": b["W1"], "blocks.1.fc2.weight": b["W2"]}
    with pytest.raises(ValueError, match="several layers match.*prefix"):
        io.find_model(tensors)
    model = io.find_model(tensors, prefix="blocks.1.")
    np.testing.assert_array_equal(model.params["W1"], b["W1"])
    with pytest.raises(ValueError, match="under prefix 'nope.'"):
        io.find_model(tensors, prefix="nope.")


def test_three_layer_sequential_is_not_an_mlp(rng):
    tensors = {"0.weight": np.ones((4, 3)), "2.weight": np.ones((4, 4)), "4.weight": np.ones((2, 4))}
    with pytest.raises(ValueError, match="no MLP or GLU"):
        io.find_model(tensors)


def test_kind_filter(rng):
    with pytest.raises(ValueError, match="no GLU weights"):
        io.find_model(_mlp(rng), kind="glu")
    with pytest.raises(ValueError, match="kind must be"):
        io.find_model(_mlp(rng), kind="cnn")


@pytest.mark.parametrize("bad, pattern", [
    ({"W2": np.ones((3, 6))}, r"W2 \(W2\) has shape \(3, 6\): expected \(d_out, 7\)"),
    ({"b1": np.ones(6)}, r"b1 \(b1\) has shape \(6,\), expected \(7,\)"),
    ({"b2": np.ones((3, 1))}, r"b2 \(b2\) must have 1 dimension"),
    ({"W1": np.ones(7)}, r"W1 \(W1\) must have 2 dimension"),
    ({"W1": np.full((7, 5), np.nan)}, r"W1 \(W1\) contains NaN"),
])
def test_mlp_shape_errors_name_the_tensor(rng, bad, pattern):
    tensors = _mlp(rng)
    tensors.update(bad)
    with pytest.raises(ValueError, match=pattern):
        io.find_model(tensors)


def test_glu_shape_errors(rng):
    g = _glu(rng)
    g["V"] = np.ones((6, 3))
    with pytest.raises(ValueError, match="gate W .* and up V .* equal shapes"):
        io.find_model(g)
    g = _glu(rng)
    g["b_out"] = np.ones(5)
    with pytest.raises(ValueError, match=r"b_out .* expected \(2,\)"):
        io.find_model(g)


def test_file_errors(tmp_path):
    with pytest.raises(ValueError, match="does not exist"):
        io.load_model(tmp_path / "missing.npz")
    (tmp_path / "model.onnx").write_bytes(b"\x00")
    with pytest.raises(ValueError, match="unknown suffix '.onnx'"):
        io.load_model(tmp_path / "model.onnx")
    (tmp_path / "bad.safetensors").write_bytes(b"not a safetensors file")
    pytest.importorskip("safetensors")
    with pytest.raises(ValueError, match="cannot read safetensors"):
        io.load_model(tmp_path / "bad.safetensors")
    with pytest.raises(ValueError, match="use .npz or .safetensors"):
        io.save_tensors(tmp_path / "out.txt", {"a": np.ones(2)})


def test_missing_optional_dependency_says_how_to_install(monkeypatch, tmp_path):
    import sys
    for name in ("safetensors", "safetensors.numpy", "torch"):
        monkeypatch.setitem(sys.modules, name, None)  # makes the import raise ImportError
    (tmp_path / "m.safetensors").write_bytes(b"")
    with pytest.raises(io.MissingDependency, match=r"pip install 'gaussym\[io\]'"):
        io.load_model(tmp_path / "m.safetensors")
    (tmp_path / "m.pt").write_bytes(b"")
    with pytest.raises(io.MissingDependency, match=r"torch==2.13.0"):
        io.load_model(tmp_path / "m.pt")


# ----------------------------------------------------------------------------- coefficients
class _FakeApprox:
    """Stands in for PolyApprox: only the attributes save_coefficients reads."""

    def __init__(self, rng, d=6, d_out=3):
        self.alpha = rng.standard_normal(d_out)
        self.beta = rng.standard_normal((d_out, d))
        g = rng.standard_normal((d_out, d, d))
        self.gamma = g + np.swapaxes(g, 1, 2)
        self.info = {"degree": 2, "solver": "dense", "residual": np.float64(1e-12)}


@pytest.mark.parametrize("suffix", [".npz", ".safetensors"])
def test_coefficients_roundtrip(tmp_path, rng, suffix):
    if suffix == ".safetensors":
        pytest.importorskip("safetensors")
    approx = _FakeApprox(rng)
    path = io.save_coefficients(tmp_path / f"c{suffix}", approx, metadata={"act": "relu"}, top_k=4)
    arrays, meta = io.load_coefficients(path)
    np.testing.assert_array_equal(arrays["gamma"], approx.gamma)
    np.testing.assert_array_equal(arrays["beta"], approx.beta)
    assert meta["act"] == "relu" and meta["info"]["solver"] == "dense" and meta["info"]["residual"] == 1e-12
    # eigenpairs: Gamma_o v = lambda v, sorted by |lambda|, and the SVD reconstructs beta
    for o in range(3):
        lam, vec = arrays["eigvals"][o], arrays["eigvecs"][o]
        np.testing.assert_allclose(approx.gamma[o] @ vec, vec * lam, atol=1e-10)
        assert np.all(np.diff(np.abs(lam)) <= 1e-12)
        assert np.isclose(np.abs(lam[0]), np.abs(np.linalg.eigvalsh(approx.gamma[o])).max())
    recon = arrays["beta_U"] * arrays["beta_S"] @ arrays["beta_Vt"]
    np.testing.assert_allclose(recon, approx.beta, atol=1e-12)


def test_degree_one_has_no_gamma(tmp_path, rng):
    approx = _FakeApprox(rng)
    approx.gamma = None
    arrays, meta = io.load_coefficients(io.save_coefficients(tmp_path / "c.npz", approx))
    assert "gamma" not in arrays and "eigvals" not in arrays
    assert json.loads(json.dumps(meta))["info"]["degree"] == 2


# ----------------------------------------------------------------------------- property test
from hypothesis import given, settings, strategies as st  # noqa: E402

_segment = st.from_regex(r"[a-z_][a-z0-9_]{0,6}", fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(prefix=st.lists(_segment, max_size=3), naming=st.sampled_from(["own", "fc", "sequential"]),
       h=st.integers(1, 5), d=st.integers(1, 4), biases=st.booleans())
def test_any_prefix_and_shape_is_recognised(prefix, naming, h, d, biases):
    rng = np.random.default_rng(h * 10 + d)
    ref = {"W1": rng.standard_normal((h, d)), "b1": rng.standard_normal(h),
           "W2": rng.standard_normal((2, h)), "b2": rng.standard_normal(2)}
    pre = "".join(p + "." for p in prefix)
    names = {k: pre + v for k, v in MLP_NAMINGS[naming].items()}
    tensors = {names[k]: v for k, v in ref.items() if biases or k in ("W1", "W2")}
    model = io.find_model(tensors)
    np.testing.assert_array_equal(model.params["W1"], ref["W1"])
    np.testing.assert_array_equal(model.params["W2"], ref["W2"])
    np.testing.assert_array_equal(model.params["b1"], ref["b1"] if biases else np.zeros(h))
