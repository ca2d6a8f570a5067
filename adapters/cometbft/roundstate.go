package weftcmt

import (
	"errors"
	"fmt"
	"reflect"

	"github.com/cometbft/cometbft/types"
)

// The proposer publishes the block its own consensus built. CometBFT v1 keeps
// the round state in internal/consensus: State.GetRoundState is exported but
// returns *cstypes.RoundState from an internal package, which no interface
// outside CometBFT can name. The fields read here (Height, Round, Proposal,
// ProposalBlockParts) are exported and of public types, so reflection reads
// them without touching anything unexported. checkRoundStateAccess runs at
// wiring time, so a CometBFT version that changes the shape fails node start
// rather than silently never publishing (README.md, "Feeding consensus").

var errRoundState = errors.New("weft/cometbft: consensus round state not readable")

// roundStateOf calls cs.GetRoundState and returns the struct it points to.
func roundStateOf(cs any) (reflect.Value, error) {
	m := reflect.ValueOf(cs).MethodByName("GetRoundState")
	if !m.IsValid() || m.Type().NumIn() != 0 || m.Type().NumOut() != 1 {
		return reflect.Value{}, fmt.Errorf("%w: no GetRoundState() on %T", errRoundState, cs)
	}
	v := m.Call(nil)[0]
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return reflect.Value{}, fmt.Errorf("%w: GetRoundState returned %v", errRoundState, v.Type())
	}
	return v.Elem(), nil
}

func field[T any](rs reflect.Value, name string) (T, error) {
	var zero T
	f := rs.FieldByName(name)
	if !f.IsValid() || !f.CanInterface() {
		return zero, fmt.Errorf("%w: no field %s", errRoundState, name)
	}
	v, ok := f.Interface().(T)
	if !ok {
		return zero, fmt.Errorf("%w: field %s is %v", errRoundState, name, f.Type())
	}
	return v, nil
}

// checkRoundStateAccess checks that cs exposes the round state fields publish reads.
func checkRoundStateAccess(cs any) error {
	_, err := readRoundState(cs)
	return err
}

// roundSnapshot is what publish reads of consensus's round state.
type roundSnapshot struct {
	height   int64
	round    int32
	proposal *types.Proposal
	parts    *types.PartSet
}

func readRoundState(cs any) (s roundSnapshot, err error) {
	rs, err := roundStateOf(cs)
	if err != nil {
		return s, err
	}
	if s.height, err = field[int64](rs, "Height"); err != nil {
		return s, err
	}
	if s.round, err = field[int32](rs, "Round"); err != nil {
		return s, err
	}
	if s.proposal, err = field[*types.Proposal](rs, "Proposal"); err != nil {
		return s, err
	}
	s.parts, err = field[*types.PartSet](rs, "ProposalBlockParts")
	return s, err
}

// roundProposal returns consensus's signed proposal and its complete part set
// for height h and round r.
func roundProposal(cs any, h int64, r int32) (*types.Proposal, *types.PartSet, error) {
	s, err := readRoundState(cs)
	if err != nil {
		return nil, nil, err
	}
	if s.height != h || s.round != r || s.proposal == nil || s.parts == nil || !s.parts.IsComplete() {
		return nil, nil, fmt.Errorf("weft/cometbft: round %d/%d no longer holds its complete proposal", h, r)
	}
	return s.proposal, s.parts, nil
}
