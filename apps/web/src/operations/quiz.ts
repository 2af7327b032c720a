import { graphql } from "../gql";

export const CreateQuizMutation = graphql(`
  mutation CreateQuiz($input: CreateQuizInput!) {
    createQuiz(input: $input) {
      key
    }
  }
`);

/** The quiz as the player sees it: no field reveals an answer. */
export const QuizQuery = graphql(`
  query Quiz($id: ID!) {
    quiz(id: $id) {
      key
      article {
        slug
        title
      }
      questions {
        id
        type
        prompt
        choices {
          id
          label
        }
        items {
          left {
            id
            label
          }
          right {
            id
            label
          }
        }
      }
    }
  }
`);

export const SubmitAttemptMutation = graphql(`
  mutation SubmitAttempt($input: SubmitAttemptInput!) {
    submitAttempt(input: $input) {
      score
      total
      results {
        questionId
        correct
        credit
        correctChoiceIds
        correctAnswer
        explanation
        evidence {
          start
          end
          text
          sentence {
            start
            end
            text
          }
        }
      }
    }
  }
`);

export const CheckAnswerQuery = graphql(`
  query CheckAnswer($quizId: ID!, $questionId: String!, $answer: AnswerValueInput!) {
    checkAnswer(quizId: $quizId, questionId: $questionId, answer: $answer) {
      questionId
      correct
      correctAnswer
      explanation
      evidence {
        start
        end
        text
        sentence {
          start
          end
          text
        }
      }
    }
  }
`);

export const QuizStatsQuery = graphql(`
  query QuizStats($quizId: ID!, $origin: String) {
    quizStats(quizId: $quizId, origin: $origin) {
      attempts
      meanScore
      distribution {
        score
        count
      }
      questions {
        questionId
        shareCorrect
        meanCredit
        discrimination
      }
      origins {
        origin
        attempts
      }
    }
    quiz(id: $quizId) {
      key
      article {
        slug
        title
      }
      questions {
        id
        type
        prompt
      }
    }
  }
`);
