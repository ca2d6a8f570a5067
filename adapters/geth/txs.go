package weftgeth

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	gcore "github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/weftnet/weft/core"
)

// wantTx reports whether a pool transaction goes through weft: every blob
// transaction, and others of at least LargeTxSize bytes.
func (s *Service) wantTx(tx *types.Transaction) bool {
	if tx.Type() == types.BlobTxType {
		return true
	}
	return s.cfg.LargeTxSize >= 0 && tx.Size() >= uint64(s.cfg.LargeTxSize)
}

// PublishTx disseminates a transaction in its network encoding (a blob
// transaction must carry its sidecar). The publish loop calls it for large and
// blob transactions entering the local pool; a transaction already seen is
// core.ErrDuplicate.
func (s *Service) PublishTx(ctx context.Context, tx *types.Transaction) error {
	if s.signer == nil {
		return core.ErrNoSigner
	}
	if tx.Type() == types.BlobTxType && tx.BlobTxSidecar() == nil {
		return fmt.Errorf("%w: blob transaction %x without its sidecar", ErrBadTx, tx.Hash())
	}
	enc, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	if len(enc) > s.cfg.MaxTxSize {
		return fmt.Errorf("%w: %d bytes", ErrTxTooLarge, len(enc))
	}
	err = s.node.Publish(ctx, core.MessageID(tx.Hash()), enc, core.PublishOptions{Topic: []byte(TopicTx), Strategy: s.cfg.TxStrategy})
	if err == nil {
		s.st.txsPublished.inc()
	}
	return err
}

// txPublishLoop publishes the large and blob transactions that enter the local
// pool by any path but weft (RPC, eth).
func (s *Service) txPublishLoop() {
	pool := s.b.TxPool()
	ch := make(chan gcore.NewTxsEvent, 64)
	sub := pool.SubscribeTransactions(ch, false)
	defer sub.Unsubscribe()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for {
		select {
		case ev := <-ch:
			for _, tx := range ev.Txs {
				if !s.wantTx(tx) || s.seen.has(tx.Hash()) {
					continue
				}
				full := tx
				if tx.Type() == types.BlobTxType && tx.BlobTxSidecar() == nil {
					// The pool's events strip sidecars; fetch the whole transaction.
					if full = pool.Get(tx.Hash()); full == nil {
						continue // already gone
					}
				}
				s.seen.add(tx.Hash())
				if err := s.PublishTx(ctx, full); err != nil && !errors.Is(err, core.ErrDuplicate) {
					s.log.Warn("weft tx publish failed", "hash", tx.Hash(), "err", err)
				}
			}
		case <-sub.Err():
			return
		case <-s.quit:
			return
		}
	}
}

// txImportLoop adds the transactions weft decodes to the local pool.
func (s *Service) txImportLoop() {
	pool := s.b.TxPool()
	for {
		select {
		case d := <-s.txs:
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(d.Payload); err != nil {
				s.rejectTx(d.From, fmt.Errorf("%w: decode: %w", ErrBadTx, err))
				continue
			}
			if tx.Hash() != common.Hash(d.ID) {
				s.rejectTx(d.From, fmt.Errorf("%w: hash %x is not the signed id %x", ErrBadTx, tx.Hash(), d.ID))
				continue
			}
			s.seen.add(tx.Hash())
			err := pool.Add([]*types.Transaction{tx}, false)[0]
			switch {
			case err == nil:
				s.st.txsImported.inc()
			case errors.Is(err, txpool.ErrAlreadyKnown):
				s.st.txsKnown.inc()
			default:
				// The pool's own rules (price, nonce, limits) refuse honest
				// transactions too: count it, charge nobody.
				s.st.txsRefused.inc()
				s.log.Debug("weft tx refused by the pool", "hash", tx.Hash(), "err", err)
			}
		case <-s.quit:
			return
		}
	}
}

func (s *Service) rejectTx(from core.PeerID, err error) {
	s.st.txsRejected.inc()
	s.log.Warn("weft tx rejected", "peer", from, "err", err)
	s.penalize(from, s.cfg.BadTxPenalty, err)
}
