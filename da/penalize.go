package da

import (
	"errors"

	"github.com/weftnet/weft/core"
)

// Points returns the penalty for a refusal by this package, on core's default
// scale: malformed bytes 50, any other refused input (a failed proof, a piece of
// another block or column, coefficients outside the block, zero or identity
// combinations) 100, and a piece that is merely not innovative 0.
func Points(err error) int {
	switch {
	case err == nil, errors.Is(err, ErrNotInnovative):
		return 0
	case errors.Is(err, ErrMalformed):
		return 50
	}
	return 100
}

// Penalize charges peer on e for a refusal found outside the Engine's sessions
// (a sample answer, a sidecar from another transport), with Points(err) and err
// itself as the reason, so the penalty names it. It does nothing for errors that
// are no offence.
func Penalize(e *core.Engine, peer core.PeerID, err error) error {
	p := Points(err)
	if p == 0 {
		return nil
	}
	return e.Penalize(peer, p, err)
}
