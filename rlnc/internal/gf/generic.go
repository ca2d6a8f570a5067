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
// over the first len(out) bytes of each input.
func dotGeneric(coeffs []byte, in [][]byte, out []byte, add bool) {
	if !add {
		clear(out)
	}
	n := len(out)
	for i, c := range coeffs {
		mulAddGeneric(c, in[i][:n], out)
	}
}

// matrixGeneric computes out[r] (=|^=) sum_i coeffs[r*len(in)+i]*in[i] for each row r.
func matrixGeneric(coeffs []byte, in [][]byte, out [][]byte, add bool) {
	k := len(in)
	for r, o := range out {
		dotGeneric(coeffs[r*k:(r+1)*k], in, o, add)
	}
}
