"""The paper's experiments on real data (optional extra ``experiments``).

``data``     real datasets: scikit-learn's 8x8 handwritten digits, MNIST IDX files
``train``    single-hidden-layer ReLU MLP with schedule-free AdamW, log-spaced checkpoints
``pipeline`` per-checkpoint exact approximants under the class-conditional Gaussian mixture,
             FVU / KL / accuracy, and the SVD attack
``plots``    matplotlib figures;  ``report``  the markdown report

Install: ``pip install torch==2.13.0`` (the pinned CPU build) then
``pip install 'gaussym[experiments]'``. Run: ``gaussym experiment digits --out DIR``.
"""
