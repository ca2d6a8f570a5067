package da

import "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

// echelon is a basis of coefficient vectors in row echelon form, built
// incrementally: each row is reduced against the rows before it and normalised
// to 1 at its pivot, so reducing a vector by the rows in order zeroes every pivot.
type echelon struct {
	k      int
	rows   [][]fr.Element
	pivots []int
}

func newEchelon(k int) echelon { return echelon{k: k} }

// reduce returns v reduced by the basis (a fresh vector) and the first non-zero
// position, or -1 if v is in the span.
func (e *echelon) reduce(v []fr.Element) ([]fr.Element, int) {
	w := append([]fr.Element(nil), v...)
	var t fr.Element
	for i, r := range e.rows {
		p := e.pivots[i]
		if w[p].IsZero() {
			continue
		}
		f := w[p]
		for j := p; j < e.k; j++ {
			if !r[j].IsZero() {
				t.Mul(&f, &r[j])
				w[j].Sub(&w[j], &t)
			}
		}
	}
	for j := range w {
		if !w[j].IsZero() {
			return w, j
		}
	}
	return w, -1
}

// innovative reports whether v is outside the span.
func (e *echelon) innovative(v []fr.Element) bool {
	_, p := e.reduce(v)
	return p >= 0
}

// add inserts v if it is innovative and reports whether it was.
func (e *echelon) add(v []fr.Element) bool {
	w, p := e.reduce(v)
	if p < 0 {
		return false
	}
	var inv fr.Element
	inv.Inverse(&w[p])
	for j := p; j < e.k; j++ {
		w[j].Mul(&w[j], &inv)
	}
	e.rows = append(e.rows, w)
	e.pivots = append(e.pivots, p)
	return true
}

// invert returns the inverse of the square matrix a (rows of length n), or
// false if it is singular. a is not modified.
func invert(a [][]fr.Element) ([][]fr.Element, bool) {
	n := len(a)
	m := make([][]fr.Element, n)
	inv := make([][]fr.Element, n)
	for i := range n {
		m[i] = append([]fr.Element(nil), a[i]...)
		inv[i] = make([]fr.Element, n)
		inv[i][i].SetOne()
	}
	var t fr.Element
	for c := range n {
		p := -1
		for r := c; r < n; r++ {
			if !m[r][c].IsZero() {
				p = r
				break
			}
		}
		if p < 0 {
			return nil, false
		}
		m[c], m[p] = m[p], m[c]
		inv[c], inv[p] = inv[p], inv[c]
		var f fr.Element
		f.Inverse(&m[c][c])
		for j := range n {
			m[c][j].Mul(&m[c][j], &f)
			inv[c][j].Mul(&inv[c][j], &f)
		}
		for r := range n {
			if r == c || m[r][c].IsZero() {
				continue
			}
			g := m[r][c]
			for j := range n {
				if !m[c][j].IsZero() {
					t.Mul(&g, &m[c][j])
					m[r][j].Sub(&m[r][j], &t)
				}
				if !inv[c][j].IsZero() {
					t.Mul(&g, &inv[c][j])
					inv[r][j].Sub(&inv[r][j], &t)
				}
			}
		}
	}
	return inv, true
}
