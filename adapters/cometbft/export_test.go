package weftcmt

import (
	"bytes"
	"context"

	"github.com/cometbft/cometbft/crypto"
	"github.com/cometbft/cometbft/crypto/tmhash"
	"github.com/cometbft/cometbft/types"
	cmttime "github.com/cometbft/cometbft/types/time"
	"github.com/weftnet/weft/core"
)

// SetCorrupt makes r alter every block it publishes, as a Byzantine proposer
// would (tests only).
func SetCorrupt(r *Reactor, f func([]byte) []byte) { r.corrupt = f }

// PublishAsNonProposer makes r publish a session for the next height, in the
// first round whose proposer is not r's validator, with a proposal signed by
// priv (r's own validator key): a header honest peers must refuse.
func PublishAsNonProposer(r *Reactor, priv crypto.PrivKey, block []byte) error {
	h := r.cons.GetState().LastBlockHeight + 1
	round := int32(0)
	for ; round < 16; round++ {
		if v := proposerOf(r.validatorsAt(h), round); v != nil && !bytes.Equal(v.PubKey.Bytes(), r.pub) {
			break
		}
	}
	ps := types.NewPartSetFromData(block, types.BlockPartSizeBytes)
	p := types.NewProposal(h, round, -1, types.BlockID{Hash: tmhash.Sum(block), PartSetHeader: ps.Header()}, cmttime.Now())
	pp := p.ToProto()
	sig, err := priv.Sign(types.ProposalSignBytes(r.chainID, pp))
	if err != nil {
		return err
	}
	p.Signature = sig
	topic, err := encodeTopic(p)
	if err != nil {
		return err
	}
	return r.node.Publish(context.Background(), messageID(topic), block, core.PublishOptions{Topic: topic})
}
