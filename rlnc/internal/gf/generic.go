package gf

// The pure-Go reference kernels. Every accelerated kernel is tested against these.

func mulGeneric(c byte, in, out []byte) {
	out = out[:len(in)]
	switch c {
	case 0:
		clear(out)
		return
	case 1:
		copy(out, in)
		return
	}
	t := &mulTable[c]
	for i, v := range in {
		out[i] = t[v]
	}
}

func mulAddGeneric(c byte, in, out []byte) {
	out = out[:len(in)]
	switch c {
	case 0:
		return
	case 1:
		xorGeneric(in, out)
		return
	}
	t := &mulTable[c]
	for i, v := range in {
		out[i] ^= t[v]
	}
}

func xorGeneric(in, out []byte) {
	out = out[:len(in)]
	for i, v := range in {
		out[i] ^= v
	}
}

// dotGeneric sets (or, with add, xors into) out the sum of coeffs[i]*in[i] over i,
// over the first len(out) bytes of each input. It folds four inputs into each pass
// over out, so out is read and written once per four inputs.
func dotGeneric(coeffs []byte, in [][]byte, out []byte, add bool) {
	if !add {
		clear(out)
	}
	n := len(out)
	i := 0
	for ; i+4 <= len(coeffs); i += 4 {
		t0, t1, t2, t3 := &mulTable[coeffs[i]], &mulTable[coeffs[i+1]], &mulTable[coeffs[i+2]], &mulTable[coeffs[i+3]]
		a, b, c, d := in[i][:n], in[i+1][:n], in[i+2][:n], in[i+3][:n]
		for j := range out {
			out[j] ^= t0[a[j]] ^ t1[b[j]] ^ t2[c[j]] ^ t3[d[j]]
		}
	}
	for ; i < len(coeffs); i++ {
		mulAddGeneric(coeffs[i], in[i][:n], out)
	}
}

// matrixGeneric computes out[r] (=|^=) sum_i coeffs[r*len(in)+i]*in[i] for each row r.
func matrixGeneric(coeffs []byte, in [][]byte, out [][]byte, add bool) {
	k := len(in)
	for r, o := range out {
		dotGeneric(coeffs[r*k:(r+1)*k], in, o, add)
	}
}
