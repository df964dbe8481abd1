/* Dining philosophers that can deadlock: the Promela twin of
   philosophers.py. N philosophers eat MEALS meals each, taking the left
   fork (i) and then the right one (i + 1 mod N); a fork is a bit taken
   with an atomic test-and-set (a lock acquire) and released in reverse order, as
   the nested `with` blocks do. init starts the philosophers one by one
   and then waits for all of them (the joins). A deadlock shows up as an
   invalid end state. scripts/bench-check rewrites N (and MEALS). */
#define N 3
#define MEALS 2

bit fork[N];
byte finished;

inline acquire(f) { atomic { fork[f] == 0 -> fork[f] = 1 } }
inline release(f) { fork[f] = 0 }

proctype philosopher(byte i) {
    byte first, second, meal;
    first = i; second = (i + 1) % N;
    do
    :: meal < MEALS ->
        acquire(first);
        acquire(second);
        release(second);
        release(first);
        meal++
    :: else -> break
    od;
    finished++
}

init {
    byte i;
    do
    :: i < N -> run philosopher(i); i++
    :: else -> break
    od;
    finished == N
}
