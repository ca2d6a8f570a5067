package da

import (
	"errors"
	"fmt"
)

// Errors for input that is refused. Every refused piece, sample answer or
// sidecar comes back as a *PieceError (or a plain sentinel where no piece is
// involved) that wraps exactly one of these, so a host can penalise the sender
// by reason.
var (
	// ErrMalformed: bytes that do not parse (length, non-canonical scalar,
	// point not on the curve or not in the subgroup, trailing data).
	ErrMalformed = errors.New("da: malformed")
	// ErrWrongBlock: a piece for another block than the one it was offered for
	// (a replay from another block).
	ErrWrongBlock = errors.New("da: piece from another block")
	// ErrWrongColumn: a piece whose cell index is not the column it was
	// offered for, or out of range.
	ErrWrongColumn = errors.New("da: wrong cell index")
	// ErrMixedColumns: pieces of different cell indices given to one
	// combination (cells of different indices cannot be combined).
	ErrMixedColumns = errors.New("da: pieces mix cell indices")
	// ErrNotInBlock: a coefficient for a commitment the block does not have.
	ErrNotInBlock = errors.New("da: commitment not in the block")
	// ErrZeroCoefficient: a zero coefficient, or a combination with no terms.
	ErrZeroCoefficient = errors.New("da: zero-coefficient combination")
	// ErrDuplicateTerm: the same commitment named twice in one piece.
	ErrDuplicateTerm = errors.New("da: commitment named twice")
	// ErrIdentity: a combination whose proof or rebuilt commitment is the
	// identity point (it proves nothing).
	ErrIdentity = errors.New("da: identity-point combination")
	// ErrNotInnovative: a piece already in the span of what is held (checked
	// before any pairing is spent on it).
	ErrNotInnovative = errors.New("da: piece not innovative")
	// ErrProof: the cell does not open Σ c_i·C_i at the column's points: a
	// tampered cell, wrong coefficients or a wrong proof.
	ErrProof = errors.New("da: KZG cell proof check failed")
	// ErrRank: an operation needs the whole column (full rank) and it is not held.
	ErrRank = errors.New("da: column not held at full rank")
	// ErrTooFewColumns: reconstruction needs at least half the columns.
	ErrTooFewColumns = errors.New("da: fewer than half the columns")
	// ErrConfig: an invalid parameter.
	ErrConfig = errors.New("da: invalid parameter")
)

// PieceError says why one piece was refused; Index is its position in the
// batch that was checked (0 for a single piece).
type PieceError struct {
	Index int
	Err   error
}

func (e *PieceError) Error() string { return fmt.Sprintf("piece %d: %v", e.Index, e.Err) }

func (e *PieceError) Unwrap() error { return e.Err }

func malformed(format string, a ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, a...))
}
