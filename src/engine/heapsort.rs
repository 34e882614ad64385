//! One small in-place sort for the engine's few internal sorts (waiters due at one instant,
//! free-variable names, frozenset hash keys). The standard library's sorts are several KB of
//! code for each element type they sort, which the page's bundle counts; this one is a few
//! hundred bytes. It is not stable: every caller sorts items that are all distinct.

/// Sorts `v` in ascending order, in O(n log n) time and no extra memory.
pub fn heapsort<T: Ord>(v: &mut [T]) {
    let n = v.len();
    for start in (0..n / 2).rev() {
        sift_down(v, start, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

/// Moves `v[root]` down the max-heap held in `v[..end]` to where it belongs.
fn sift_down<T: Ord>(v: &mut [T], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && v[child] < v[child + 1] {
            child += 1;
        }
        if v[root] >= v[child] {
            return;
        }
        v.swap(root, child);
        root = child;
    }
}

#[cfg(test)]
mod tests {
    use super::heapsort;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_sort_does(mut v in proptest::collection::vec(any::<(u8, i32)>(), 0..200)) {
            let mut expected = v.clone();
            expected.sort();
            heapsort(&mut v);
            prop_assert_eq!(v, expected);
        }
    }
}
