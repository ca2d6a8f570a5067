package verified

// echelon keeps coefficient vectors (length n, Montgomery form) in reduced row
// echelon form: row r has a one at column piv[r] and zeros at every other pivot
// column. With track set it also keeps, for each row, its expression as a
// combination of the original vectors in insertion order (tr), so at full rank the
// row with pivot p is row p of the inverse of the original coefficient matrix.
type echelon struct {
	n, rank int
	track   bool
	rows    []sc   // rank×n
	tr      []sc   // rank×n when track
	piv     []int  // pivot column of each row
	isPiv   []bool // isPiv[c]: column c is some row's pivot
	// trCols bounds the columns where any tr row is non-zero (one past the
	// largest original index inserted), so reduce skips the rest.
	trCols int
	tmp    []sc // the vector being reduced
	tmpTr  []sc
	fs     []sc  // scratch: factors of the rows in reduce
	rs     []int // scratch: their row numbers
}

func newEchelon(n int, track bool) echelon {
	e := echelon{n: n, track: track, rows: make([]sc, n*n), piv: make([]int, n), isPiv: make([]bool, n), tmp: make([]sc, n),
		fs: make([]sc, 0, n), rs: make([]int, 0, n)}
	if track {
		e.tr = make([]sc, n*n)
		e.tmpTr = make([]sc, n)
	}
	return e
}

func (e *echelon) reset() {
	e.rank, e.trCols = 0, 0
	clear(e.isPiv)
}

// copyFrom makes e hold the rows of f (and its transform when both track).
func (e *echelon) copyFrom(f *echelon) {
	e.rank = f.rank
	copy(e.rows[:f.rank*e.n], f.rows[:f.rank*f.n])
	copy(e.piv, f.piv[:f.rank])
	copy(e.isPiv, f.isPiv)
	e.trCols = f.trCols
	if e.track && f.track {
		copy(e.tr[:f.rank*e.n], f.tr[:f.rank*f.n])
	}
}

// reduce loads v (Montgomery form) into tmp, reduces it against the rows and
// reports whether anything is left (the vector is innovative). orig is the index
// the vector will have among the original vectors if inserted (for track).
//
// In reduced echelon form no row has a non-zero in another row's pivot column,
// so the factor of row r is v[piv[r]] itself and every column is one sum:
// tmp[c] = v[c] - Σ_r v[piv[r]]·row_r[c], accumulated unreduced and reduced once.
func (e *echelon) reduce(v []sc, orig int) bool {
	n := e.n
	fs := e.fs[:0]
	rs := e.rs[:0]
	for r := 0; r < e.rank; r++ {
		if f := v[e.piv[r]]; !f.isZero() {
			fs = append(fs, f)
			rs = append(rs, r)
		}
	}
	e.fs, e.rs = fs, rs
	// A pivot column comes out zero (v[piv[r]] minus itself times one), and the
	// transform's columns from trCols on are zero in every row: skip both.
	var t sc
	for c := 0; c < n; c++ {
		if e.isPiv[c] {
			e.tmp[c] = sc{}
			continue
		}
		var acc wide
		for j, r := range rs {
			acc.mulAdd(&fs[j], &e.rows[r*n+c])
		}
		t.redc(&acc)
		e.tmp[c].sub(&v[c], &t)
	}
	if e.track {
		for c := 0; c < n; c++ {
			if c >= e.trCols {
				e.tmpTr[c] = sc{}
				continue
			}
			var acc wide
			for j, r := range rs {
				acc.mulAdd(&fs[j], &e.tr[r*n+c])
			}
			t.redc(&acc)
			e.tmpTr[c].neg(&t)
		}
		e.tmpTr[orig].add(&e.tmpTr[orig], &kMont)
	}
	for c := range e.tmp {
		if !e.tmp[c].isZero() {
			return true
		}
	}
	return false
}

// insert appends tmp (after reduce returned true) as a new row and eliminates its
// pivot column from the other rows.
func (e *echelon) insert() {
	p := 0
	for e.tmp[p].isZero() {
		p++
	}
	var inv, t sc
	inv.invMont(&e.tmp[p])
	for c := range e.tmp {
		if !e.tmp[c].isZero() {
			e.tmp[c].montMul(&e.tmp[c], &inv)
		}
	}
	if e.track {
		for c := range e.tmpTr {
			if !e.tmpTr[c].isZero() {
				e.tmpTr[c].montMul(&e.tmpTr[c], &inv)
			}
		}
	}
	for r := 0; r < e.rank; r++ {
		row := e.rows[r*e.n : (r+1)*e.n]
		f := row[p]
		if f.isZero() {
			continue
		}
		for c := range row {
			if !e.tmp[c].isZero() {
				t.montMul(&f, &e.tmp[c])
				row[c].sub(&row[c], &t)
			}
		}
		if e.track {
			trow := e.tr[r*e.n : (r+1)*e.n]
			for c := range trow {
				if !e.tmpTr[c].isZero() {
					t.montMul(&f, &e.tmpTr[c])
					trow[c].sub(&trow[c], &t)
				}
			}
		}
	}
	copy(e.rows[e.rank*e.n:], e.tmp)
	if e.track {
		copy(e.tr[e.rank*e.n:], e.tmpTr)
		for c := e.n - 1; c >= e.trCols; c-- {
			if !e.tmpTr[c].isZero() {
				e.trCols = c + 1
				break
			}
		}
	}
	e.piv[e.rank] = p
	e.isPiv[p] = true
	e.rank++
}
