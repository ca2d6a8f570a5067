package weftcmt

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"

	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	"github.com/cometbft/cometbft/types"
	"github.com/weftnet/weft/core"
)

// A weft session carries one proposal block. Its topic is topicMagic followed by
// the proposer's signed Proposal (protobuf), so a receiver checks, before it
// opens the session, that the header's publisher key is the proposer of the
// proposal's height and round and that the proposal is signed by it. The
// payload is the block as CometBFT's part set splits it: the concatenation of
// the parts' bytes (the block's protobuf encoding).

var topicMagic = []byte("wcmt1")

// Errors of topic and block checks.
var (
	ErrBadTopic       = errors.New("weft/cometbft: bad session topic")
	ErrNotProposer    = errors.New("weft/cometbft: publisher is not the round's proposer")
	ErrUnknownHeight  = errors.New("weft/cometbft: no validator set for the proposal's height")
	ErrBadProposalSig = errors.New("weft/cometbft: bad proposal signature")
	ErrBlockMismatch  = errors.New("weft/cometbft: block does not match the signed part-set header")
)

// maxRound bounds the proposer-priority iterations a topic can ask for.
const maxRound = 1 << 12

// encodeTopic returns the topic for a signed proposal.
func encodeTopic(p *types.Proposal) ([]byte, error) {
	b, err := p.ToProto().Marshal()
	if err != nil {
		return nil, err
	}
	t := append(append([]byte(nil), topicMagic...), b...)
	if len(t) > core.MaxTopicLen {
		return nil, fmt.Errorf("%w: %d bytes", ErrBadTopic, len(t))
	}
	return t, nil
}

// decodeTopic parses a topic into a basically valid proposal.
func decodeTopic(topic []byte) (*types.Proposal, error) {
	if !bytes.HasPrefix(topic, topicMagic) {
		return nil, fmt.Errorf("%w: no magic", ErrBadTopic)
	}
	var pp cmtproto.Proposal
	if err := pp.Unmarshal(topic[len(topicMagic):]); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadTopic, err)
	}
	p, err := types.ProposalFromProto(&pp)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadTopic, err)
	}
	if err := p.ValidateBasic(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadTopic, err)
	}
	if p.Round > maxRound {
		return nil, fmt.Errorf("%w: round %d", ErrBadTopic, p.Round)
	}
	return p, nil
}

// messageID names the session of a proposal: the hash of its topic.
func messageID(topic []byte) core.MessageID {
	return core.MessageID(sha256.Sum256(topic))
}

// proposerOf returns the proposer of round r given the height's validator set.
func proposerOf(vals *types.ValidatorSet, r int32) *types.Validator {
	if vals == nil || vals.IsNilOrEmpty() {
		return nil
	}
	if r > 0 {
		vals = vals.CopyIncrementProposerPriority(r)
	}
	return vals.GetProposer()
}

// checkProposal checks that pub is the proposer of p's height and round in vals
// and that p carries its signature for chainID.
func checkProposal(chainID string, vals *types.ValidatorSet, pub []byte, p *types.Proposal) error {
	v := proposerOf(vals, p.Round)
	if v == nil {
		return ErrUnknownHeight
	}
	if !bytes.Equal(v.PubKey.Bytes(), pub) {
		return fmt.Errorf("%w: height %d round %d", ErrNotProposer, p.Height, p.Round)
	}
	if !v.PubKey.VerifySignature(types.ProposalSignBytes(chainID, p.ToProto()), p.Signature) {
		return ErrBadProposalSig
	}
	return nil
}

// splitBlock re-splits a decoded block with CometBFT's part-set code and checks
// it against the part-set header the proposer signed.
func splitBlock(block []byte, want types.PartSetHeader) (*types.PartSet, error) {
	if len(block) == 0 {
		return nil, fmt.Errorf("%w: empty block", ErrBlockMismatch)
	}
	ps := types.NewPartSetFromData(block, types.BlockPartSizeBytes)
	if got := ps.Header(); !got.Equals(want) {
		return nil, fmt.Errorf("%w: got %v, signed %v", ErrBlockMismatch, got, want)
	}
	return ps, nil
}
